using KnowledgeGraph.Dataset;
using Xunit;

namespace KnowledgeGraph.Tests;

/// <summary>The content hash tells the API whether its store already holds this dataset.</summary>
public sealed class DatasetContentHashTests
{
    private static readonly IReadOnlyList<DatasetFile> Files = TestDataset.Valid.Files;

    [Fact]
    public void The_hash_is_stable_for_the_same_files_in_any_order()
    {
        var hash = DatasetFiles.ContentHash(Files);

        Assert.Matches("^[0-9a-f]{64}$", hash);
        Assert.Equal(hash, DatasetFiles.ContentHash(TestDataset.Valid.Files));
        Assert.Equal(hash, DatasetFiles.ContentHash(Files.Reverse().ToArray()));
        Assert.Equal(hash, DatasetLoader.Load(Files, null).ContentHash);
    }

    [Fact]
    public void The_hash_changes_when_a_text_changes()
    {
        var changed = TestDataset.Valid.Replace("alpha.yaml", "name: Silicosis", "name: Silicosis ").Files;

        Assert.NotEqual(DatasetFiles.ContentHash(Files), DatasetFiles.ContentHash(changed));
    }

    [Fact]
    public void The_hash_changes_when_a_file_is_renamed_added_or_removed()
    {
        var hash = DatasetFiles.ContentHash(Files);
        var renamed = Files.Select(f => f.Name == "alpha.yaml" ? f with { Name = "000-alpha.yaml" } : f).ToArray();

        Assert.NotEqual(hash, DatasetFiles.ContentHash(renamed));
        Assert.NotEqual(hash, DatasetFiles.ContentHash([.. Files, new DatasetFile("empty.yaml", string.Empty)]));
        Assert.NotEqual(hash, DatasetFiles.ContentHash(Files.Skip(1).ToArray()));
    }

    [Fact]
    public void The_hash_ignores_line_endings_so_every_checkout_agrees()
    {
        var crlf = Files.Select(f => f with { Text = f.Text.Replace("\n", "\r\n", StringComparison.Ordinal) }).ToArray();

        Assert.Equal(DatasetFiles.ContentHash(Files), DatasetFiles.ContentHash(crlf));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(16 * 1024 - 1)]
    [InlineData(40 * 1024)]
    public void A_long_text_hashes_as_its_whole_utf8_bytes_whatever_the_characters(int padding)
    {
        // Non-ASCII letters and a surrogate pair, placed to straddle the blocks the text is encoded in.
        var text = new string('a', padding) + "é 😀 中\n" + new string('b', padding) + "😀";
        var file = new DatasetFile("ünïcode.yaml", text);

        Assert.Equal(WholeBytesHash(file), DatasetFiles.ContentHash([file]));
    }

    // SHA-256 over each part's UTF-8 length (8 bytes, little-endian) and bytes, name then text.
    private static string WholeBytesHash(DatasetFile file)
    {
        using var stream = new MemoryStream();
        foreach (var part in new[] { file.Name, file.Text })
        {
            var bytes = System.Text.Encoding.UTF8.GetBytes(part);
            stream.Write(BitConverter.IsLittleEndian ? BitConverter.GetBytes((long)bytes.Length) : [.. BitConverter.GetBytes((long)bytes.Length).Reverse()]);
            stream.Write(bytes);
        }

        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(stream.ToArray()));
    }
}

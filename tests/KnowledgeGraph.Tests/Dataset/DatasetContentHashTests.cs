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
}

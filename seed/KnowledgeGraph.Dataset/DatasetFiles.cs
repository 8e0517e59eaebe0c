using System.Buffers.Binary;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace KnowledgeGraph.Dataset;

/// <summary>Where the dataset's files come from (built in, or a directory) and their content hash.</summary>
public static class DatasetFiles
{
    private const string Extension = ".yaml";

    private static readonly Lazy<IReadOnlyList<DatasetFile>> EmbeddedFiles = new(ReadEmbedded);

    /// <summary>The <c>seed/data/*.yaml</c> files built into this assembly, ordered by name.</summary>
    public static IReadOnlyList<DatasetFile> Embedded() => EmbeddedFiles.Value;

    /// <summary>The <c>*.yaml</c> files of a directory, ordered by name.</summary>
    /// <exception cref="DirectoryNotFoundException">The directory does not exist.</exception>
    public static IReadOnlyList<DatasetFile> FromDirectory(string dir) =>
        Directory.GetFiles(dir, "*" + Extension)
            .Select(path => new DatasetFile(Path.GetFileName(path), File.ReadAllText(path, Encoding.UTF8)))
            .OrderBy(f => f.Name, StringComparer.Ordinal)
            .ToArray();

    /// <summary>
    /// A lower-case SHA-256 hex digest over every file's name and text, independent of the list's order.
    /// Line endings are normalised first so a Windows checkout hashes like any other.
    /// </summary>
    public static string ContentHash(IReadOnlyList<DatasetFile> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            // Lengths frame each part, so no name/text split can collide with another.
            var name = Encoding.UTF8.GetBytes(file.Name);
            var text = Encoding.UTF8.GetBytes(file.Text.ReplaceLineEndings("\n"));
            AppendFramed(hash, name);
            AppendFramed(hash, text);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void AppendFramed(IncrementalHash hash, byte[] data)
    {
        // Little-endian whatever the machine, so the hash is the same everywhere.
        Span<byte> length = stackalloc byte[sizeof(long)];
        BinaryPrimitives.WriteInt64LittleEndian(length, data.Length);
        hash.AppendData(length);
        hash.AppendData(data);
    }

    private static IReadOnlyList<DatasetFile> ReadEmbedded()
    {
        var assembly = typeof(DatasetFiles).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(name => name.EndsWith(Extension, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name => new DatasetFile(name, ReadResource(assembly, name)))
            .ToArray();
    }

    private static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded dataset file {name} is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}

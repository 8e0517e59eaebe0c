using System.Reflection;
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
    public static IReadOnlyList<DatasetFile> FromDirectory(string dir) => EnumerateDirectory(dir).ToArray();

    /// <summary>
    /// The <c>*.yaml</c> files of a directory, ordered by name, each read only when the enumeration reaches it, so a
    /// large dataset is never in memory whole (<see cref="DatasetLoader.Load"/> and <see cref="ContentHash"/> take one
    /// file at a time). Every enumeration reads the files again.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">The directory does not exist (thrown at once).</exception>
    public static IReadOnlyCollection<DatasetFile> EnumerateDirectory(string dir)
    {
        var paths = Directory.GetFiles(dir, "*" + Extension).OrderBy(Path.GetFileName, StringComparer.Ordinal).ToArray();
        return new LazyFiles(paths);
    }

    /// <summary>
    /// A lower-case SHA-256 hex digest over every file's name and text, independent of the list's order.
    /// Line endings are normalised first so a Windows checkout hashes like any other. A sequence that is not a
    /// list is read one file at a time and must come in name order, as <see cref="EnumerateDirectory"/> gives it.
    /// </summary>
    public static string ContentHash(IEnumerable<DatasetFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var hasher = new ContentHasher();
        var ordered = files is IReadOnlyList<DatasetFile> list ? list.OrderBy(f => f.Name, StringComparer.Ordinal) : files;
        foreach (var file in ordered)
        {
            hasher.Add(file);
        }

        return hasher.Hash();
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

    /// <summary>Files read from disk as the enumeration reaches them.</summary>
    private sealed class LazyFiles(string[] paths) : IReadOnlyCollection<DatasetFile>
    {
        public int Count => paths.Length;

        public IEnumerator<DatasetFile> GetEnumerator() =>
            paths.Select(path => new DatasetFile(Path.GetFileName(path), File.ReadAllText(path, Encoding.UTF8))).GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}

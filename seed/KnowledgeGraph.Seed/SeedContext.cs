using KnowledgeGraph.Dataset;
using KnowledgeGraph.Store.Sqlite;

namespace KnowledgeGraph.Seed;

/// <summary>Where the command line reads the dataset, checks quotes and writes the store.</summary>
/// <param name="DataDirectory">The dataset directory, or null for the dataset built into the tool.</param>
/// <param name="CorpusDirectory">The source documents, or null when not found (quotes are then not checked).</param>
/// <param name="DatabasePath">The SQLite file.</param>
/// <param name="RepositoryRoot">The repository root, when the tool runs inside one.</param>
public sealed record SeedContext(string? DataDirectory, string? CorpusDirectory, string DatabasePath, string? RepositoryRoot)
{
    /// <summary>Resolves the options, defaulting to this repository's seed/data and ../shared/corpus.</summary>
    public static SeedContext Resolve(string? data, string? corpus, string? db)
    {
        var root = FindRepositoryRoot();
        var dataDir = data ?? (root is null ? null : Path.Combine(root, "seed", "data"));
        if (dataDir is not null && !Directory.Exists(dataDir))
        {
            throw new DirectoryNotFoundException($"Dataset directory not found: {dataDir}");
        }

        return new SeedContext(dataDir, CorpusLocator.Find(corpus), db ?? SqliteStoreOptions.DefaultPath, root);
    }

    /// <summary>The dataset files; a directory's are read one at a time as they are loaded.</summary>
    public IReadOnlyCollection<DatasetFile> Files() =>
        DataDirectory is null ? DatasetFiles.Embedded() : DatasetFiles.EnumerateDirectory(DataDirectory);

    private static string? FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}

using KnowledgeGraph.Dataset;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Seed;
using KnowledgeGraph.Store.Sqlite;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// SQLite stores at a multiple of the curated graph's size, built once per scale and kept in the temp directory,
/// because BenchmarkDotNet runs every benchmark in its own process.
/// </summary>
public static class BenchmarkStores
{
    /// <summary>The seed of every synthetic graph, so all runs measure the same data.</summary>
    public const int Seed = 1;

    /// <summary>Where the store at <paramref name="scale"/> is kept.</summary>
    public static string PathOf(int scale) =>
        Path.Combine(Path.GetTempPath(), "knowledge-graph-benchmarks", $"scale-{scale}-seed-{Seed}.db");

    /// <summary>Opens (building first when needed) the store at <paramref name="scale"/> × the curated graph.</summary>
    public static async Task<SqliteGraphStore> OpenAsync(int scale, CancellationToken cancellationToken)
    {
        var path = PathOf(scale);
        var hash = $"benchmark-scale-{scale}";
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var store = new SqliteGraphStore(new SqliteStoreOptions { Path = path });
        await store.InitializeAsync(cancellationToken).ConfigureAwait(false);
        // The import's content hash marks a complete store: an interrupted build, or a file of an older schema
        // (which opening empties), has none and is built again.
        if (await store.GetContentHashAsync(cancellationToken).ConfigureAwait(false) != hash)
        {
            var curated = DatasetLoader.Load(DatasetFiles.Embedded(), null);
            var dataset = scale == 1
                ? curated.Dataset!
                : SyntheticGraph.Generate(curated.Dataset!, curated.Dataset!.Nodes.Count * scale, null, Seed).Dataset;
            await store.ImportAsync(dataset, hash, cancellationToken).ConfigureAwait(false);
        }

        return store;
    }
}

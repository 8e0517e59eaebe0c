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

    /// <summary>Opens (building first when needed) the store at <paramref name="scale"/> × the curated graph.</summary>
    public static async Task<SqliteGraphStore> OpenAsync(int scale, CancellationToken cancellationToken)
    {
        var path = Path.Combine(Path.GetTempPath(), "knowledge-graph-benchmarks", $"scale-{scale}-seed-{Seed}.db");
        var ready = path + ".ready";
        var store = new SqliteGraphStore(new SqliteStoreOptions { Path = path });
        if (!File.Exists(ready))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.Delete(path);
            await store.InitializeAsync(cancellationToken).ConfigureAwait(false);
            var curated = DatasetLoader.Load(DatasetFiles.Embedded(), null);
            var dataset = scale == 1
                ? curated.Dataset!
                : SyntheticGraph.Generate(curated.Dataset!, curated.Dataset!.Nodes.Count * scale, null, Seed).Dataset;
            await store.ImportAsync(dataset, $"benchmark-scale-{scale}", cancellationToken).ConfigureAwait(false);
            await File.WriteAllTextAsync(ready, "built", cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await store.InitializeAsync(cancellationToken).ConfigureAwait(false);
        }

        return store;
    }
}

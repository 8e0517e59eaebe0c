using KnowledgeGraph.Graph;
using KnowledgeGraph.Store.Sqlite;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Tests;

/// <summary>A SQLite store in a fresh temporary file, deleted afterwards.</summary>
internal sealed class TempStore : IAsyncDisposable
{
    private readonly string _directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "kg-tests-" + Guid.NewGuid().ToString("N"));

    private TempStore()
    {
        Directory.CreateDirectory(_directory);
        Path = System.IO.Path.Combine(_directory, "graph.db");
        Store = new SqliteGraphStore(new SqliteStoreOptions { Path = Path });
    }

    public string Path { get; }

    public SqliteGraphStore Store { get; }

    public static async Task<TempStore> CreateAsync(GraphDataset? dataset = null)
    {
        var temp = new TempStore();
        await temp.Store.InitializeAsync(CancellationToken.None);
        if (dataset is not null)
        {
            await temp.Store.ImportAsync(dataset, "test", CancellationToken.None);
        }

        return temp;
    }

    public ValueTask DisposeAsync()
    {
        Store.Dispose();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on some platforms; the temp directory is cleaned by the OS.
        }

        return ValueTask.CompletedTask;
    }
}

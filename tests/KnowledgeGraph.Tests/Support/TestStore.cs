using KnowledgeGraph.Graph;
using KnowledgeGraph.Store.Neo4j;

namespace KnowledgeGraph.Tests;

/// <summary>The two stores the store suites run against.</summary>
public enum StoreKind
{
    /// <summary>The embedded SQLite store, in a temporary file.</summary>
    Sqlite,

    /// <summary>The Neo4j store, on the server <see cref="Neo4jServer"/> provides (or skipped).</summary>
    Neo4j,
}

/// <summary>A fresh store of either kind, optionally holding a dataset; <see cref="ReopenAsync"/> opens a second store on the same data.</summary>
internal sealed class TestStore : IAsyncDisposable
{
    private readonly TempStore? _sqlite;
    private readonly Neo4jStoreOptions? _neo4j;
    private readonly List<IDisposable> _owned = [];

    private TestStore(TempStore sqlite)
    {
        _sqlite = sqlite;
        Store = sqlite.Store;
    }

    private TestStore(Neo4jStoreOptions options)
    {
        _neo4j = options;
        var store = new Neo4jGraphStore(options);
        _owned.Add(store);
        Store = store;
    }

    public IGraphStore Store { get; }

    /// <summary>Statements sent to the store so far (to prove batching).</summary>
    public long StatementCount => Store switch
    {
        KnowledgeGraph.Store.Sqlite.SqliteGraphStore s => s.StatementCount,
        Neo4jGraphStore n => n.StatementCount,
        _ => throw new InvalidOperationException("Unknown store."),
    };

    /// <summary>
    /// A store holding <paramref name="dataset"/> (content hash "test"), or empty. A Neo4j store is emptied first, as
    /// the suites share one server. Skips the test when no Neo4j server can be had.
    /// </summary>
    public static async Task<TestStore> CreateAsync(StoreKind kind, GraphDataset? dataset = null)
    {
        if (kind == StoreKind.Sqlite)
        {
            return new TestStore(await TempStore.CreateAsync(dataset));
        }

        var test = new TestStore(await Neo4jServer.OptionsOrSkipAsync());
        await test.Store.InitializeAsync(CancellationToken.None);
        // An empty hash reads back as none, as from a store never imported into.
        await test.Store.ImportAsync(dataset ?? new GraphDataset([], []), dataset is null ? string.Empty : "test", CancellationToken.None);

        return test;
    }

    /// <summary>A second store over the same data (a new SQLite connection, a new HTTP client).</summary>
    public async Task<IGraphStore> ReopenAsync()
    {
        IGraphStore store;
        if (_sqlite is not null)
        {
            var sqlite = new KnowledgeGraph.Store.Sqlite.SqliteGraphStore(new KnowledgeGraph.Store.Sqlite.SqliteStoreOptions { Path = _sqlite.Path });
            _owned.Add(sqlite);
            store = sqlite;
        }
        else
        {
            var neo4j = new Neo4jGraphStore(_neo4j!);
            _owned.Add(neo4j);
            store = neo4j;
        }

        await store.InitializeAsync(CancellationToken.None);
        return store;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var owned in _owned)
        {
            owned.Dispose();
        }

        if (_sqlite is not null)
        {
            await _sqlite.DisposeAsync();
        }
    }
}

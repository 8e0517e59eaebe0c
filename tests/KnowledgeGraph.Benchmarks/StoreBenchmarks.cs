using BenchmarkDotNet.Attributes;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Store.Sqlite;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// The store operations behind the GraphQL contract, on the SQLite store, at 1×, 100× and 1,000× the curated graph
/// (320 nodes; 1,000× is 320,000 nodes). Each benchmark is one call as a resolver makes it.
/// </summary>
[MemoryDiagnoser]
public class StoreBenchmarks
{
    private SqliteGraphStore _store = null!;
    private string[] _batch = [];
    private string _hubDisease = string.Empty;
    private string _pathFrom = string.Empty;
    private string _pathTo = string.Empty;

    /// <summary>The multiple of the curated graph's size.</summary>
    [ParamsSource(nameof(Scales))]
    public int Scale { get; set; }

    /// <summary>1, 100 and 1,000, or the comma-separated list in <c>KG_BENCH_SCALES</c> (to run one scale at a time).</summary>
    public static IEnumerable<int> Scales =>
        (Environment.GetEnvironmentVariable("KG_BENCH_SCALES") ?? "1,100,1000")
        .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Opens the store and picks the ids the benchmarks ask for, the same way at every scale.</summary>
    [GlobalSetup]
    public async Task SetupAsync()
    {
        _store = await BenchmarkStores.OpenAsync(Scale, CancellationToken.None);
        var events = await _store.QueryNodesAsync(new NodeQuery("Event", null, [new SortKey("id")], new PageRequest(First: 50)), CancellationToken.None);
        _batch = events.Items.Select(i => i.Node.Id).ToArray();

        // The most connected disease: the one with the most relationships of any type.
        var diseases = await _store.QueryNodesAsync(new NodeQuery("Disease", null, [new SortKey("id")], new PageRequest(First: 100)), CancellationToken.None);
        var diseaseIds = diseases.Items.Select(i => i.Node.Id).ToArray();
        var rels = await _store.GetRelationshipsAsync(diseaseIds, null, Direction.Both, null, CancellationToken.None);
        _hubDisease = rels.SelectMany(r => new[] { r.From, r.To }).Where(diseaseIds.Contains)
            .GroupBy(id => id).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;

        // A path from a program to the hub disease, so there is something to find within four steps.
        var programs = await _store.QueryNodesAsync(new NodeQuery("Program", null, [new SortKey("id")], new PageRequest(First: 1)), CancellationToken.None);
        _pathFrom = programs.Items[0].Node.Id;
        _pathTo = _hubDisease;
    }

    /// <summary>Closes the store's connections.</summary>
    [GlobalCleanup]
    public void Cleanup() => _store.Dispose();

    /// <summary>A batched lookup of 50 nodes by id (what the data loader sends).</summary>
    [Benchmark]
    public Task<IReadOnlyList<GraphNode>> BatchedLookup() => _store.GetNodesAsync(_batch, CancellationToken.None);

    /// <summary>Relationships of 50 nodes in one call (the batched relationship loader).</summary>
    [Benchmark]
    public Task<IReadOnlyList<GraphRelationship>> BatchedRelationships() =>
        _store.GetRelationshipsAsync(_batch, null, Direction.Both, null, CancellationToken.None);

    /// <summary>A filtered, ordered page of events with its total count.</summary>
    [Benchmark]
    public async Task<long> FilteredOrderedPageWithCount()
    {
        var where = new PropertyFilter("startDate", FilterOperator.Gte, "2012");
        var page = await _store.QueryNodesAsync(
            new NodeQuery("Event", where, [new SortKey("startDate", Descending: true)], new PageRequest(First: 20)), CancellationToken.None);
        return page.Items.Count + await _store.CountNodesAsync("Event", where, CancellationToken.None);
    }

    /// <summary>Programs in which some government agency takes part, one page with its total count.</summary>
    [Benchmark]
    public async Task<long> NestedRelationFilterPageWithCount()
    {
        var where = new RelationFilter(
            "PARTICIPATES_IN", Direction.In, "Agency", Quantifier.Some, new PropertyFilter("kind", FilterOperator.Eq, "GOVERNMENT"));
        var page = await _store.QueryNodesAsync(new NodeQuery("Program", where, [new SortKey("name")], new PageRequest(First: 20)), CancellationToken.None);
        return page.Items.Count + await _store.CountNodesAsync("Program", where, CancellationToken.None);
    }

    /// <summary>Full-text search, top 10.</summary>
    [Benchmark]
    public Task<IReadOnlyList<SearchHit>> Search() => _store.SearchAsync("mine safety", null, 10, CancellationToken.None);

    /// <summary>Paths of at most four relationships between a program and the most connected disease.</summary>
    [Benchmark]
    public Task<IReadOnlyList<GraphPath>> PathsMaxLength4() => _store.FindPathsAsync(_pathFrom, _pathTo, 4, 10, CancellationToken.None);

    /// <summary>The programs covering the most connected disease.</summary>
    [Benchmark]
    public Task<IReadOnlyList<Coverage>> CoveredByMostConnectedDisease() =>
        _store.GetCoverageAsync([_hubDisease], null, CancellationToken.None);
}

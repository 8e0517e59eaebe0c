using System.Text.Json;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Store.Neo4j;

/// <summary>
/// The graph in Neo4j (5.x, 2025.x or Aura), through Neo4j's HTTP API; behaves exactly as the SQLite store. Every
/// read is one parameterised statement (paging adds at most two existence checks), so a GraphQL request costs a
/// number of statements bounded by its depth; the import is one transaction.
/// </summary>
public sealed partial class Neo4jGraphStore : IGraphStore, IDisposable
{
    private readonly Neo4jHttp _http;

    /// <summary>Creates a store for the server in the options (the <c>NEO4J_*</c> environment fills what they leave empty).</summary>
    public Neo4jGraphStore(Neo4jStoreOptions options, HttpClient? client = null)
    {
        options.WithEnvironmentFallbacks();
        _http = new Neo4jHttp(options, client);
        BaseAddress = options.HttpBaseAddress();
    }

    /// <summary>The HTTP address the store talks to.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Counts statements sent, so tests can prove that reads are batched.</summary>
    public long StatementCount => _http.StatementCount;

    /// <inheritdoc />
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        foreach (var statement in CypherStatements.Schema)
        {
            await _http.RunAsync(new CypherStatement(statement), cancellationToken).ConfigureAwait(false);
        }

        await _http.RunAsync(new CypherStatement(CypherStatements.AwaitIndexes), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<bool> PingAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _http.RunAsync(new CypherStatement(CypherStatements.Ping), cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception e) when (e is StoreUnavailableException or Neo4jServerException)
        {
            return false;
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var statement = new CypherStatement(CypherStatements.NodesById, new Dictionary<string, object?> { ["ids"] = ids.Distinct(StringComparer.Ordinal).ToList() });
        return await ReadNodesAsync(statement, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<GraphRelationship>> GetRelationshipsAsync(
        IReadOnlyCollection<string> nodeIds, string? type, Direction direction, string? otherLabel, CancellationToken cancellationToken)
    {
        if (nodeIds.Count == 0)
        {
            return [];
        }

        var result = await _http.RunAsync(CypherStatements.Relationships(nodeIds, type, direction, otherLabel), cancellationToken).ConfigureAwait(false);
        return result.Column("rel").Select(Neo4jRows.ReadRelationship).ToList();
    }

    /// <inheritdoc />
    public async Task<long> CountNodesAsync(string label, Filter? where, CancellationToken cancellationToken)
    {
        var result = await _http.RunAsync(CypherStatements.Count(label, where), cancellationToken).ConfigureAwait(false);
        return result.Column("count").Single().GetInt64();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<GraphPath>> FindPathsAsync(string fromId, string toId, int maxLength, int first, CancellationToken cancellationToken)
    {
        if (fromId == toId || maxLength < 1 || first < 1)
        {
            return [];
        }

        // allShortestPaths gives every shortest path; they are put in a stable order before taking the first ones.
        var result = await _http.RunAsync(CypherStatements.Paths(fromId, toId, maxLength, 1000), cancellationToken).ConfigureAwait(false);
        return result.Rows
            .Select(row => new GraphPath(
                result.Get(row, "nodes").EnumerateArray().Select(x => x.GetString()!).ToList(),
                result.Get(row, "rels").EnumerateArray().Select(Neo4jRows.ReadRelationship).ToList()))
            .OrderBy(p => string.Join("\u0001", p.NodeIds), StringComparer.Ordinal)
            .ThenBy(p => string.Join("\u0001", p.Steps.Select(s => s.Id)), StringComparer.Ordinal)
            .Take(first)
            .ToList();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Coverage>> GetCoverageAsync(IReadOnlyCollection<string> targetIds, string? programKind, CancellationToken cancellationToken)
    {
        var targets = targetIds.Distinct(StringComparer.Ordinal).Where(id => NodeId.LabelOf(id)?.Name is "Disease" or "Hazard").ToList();
        if (targets.Count == 0)
        {
            return [];
        }

        var result = await _http.RunAsync(CypherStatements.Coverage(targets, programKind), cancellationToken).ConfigureAwait(false);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var found = result.Rows.Select(row =>
        {
            var rels = result.Get(row, "rels").EnumerateArray().Select(Neo4jRows.ReadRelationship).ToList();
            var nodes = result.Get(row, "nodes").EnumerateArray().Select(x => x.GetString()!).ToList();
            var direct = rels.Count == 1 && rels[0].Type == "ADDRESSES";
            var program = result.Get(row, "program").GetString()!;
            names[program] = result.Get(row, "programName").GetString() ?? string.Empty;
            return new Coverage(result.Get(row, "target").GetString()!, program, direct, new GraphPath(nodes, rels));
        }).ToList();

        // The same order as CoverageFinder: targets as asked, direct first, shorter first, then program name and id.
        var targetOrder = targets.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i, StringComparer.Ordinal);
        return found
            .OrderBy(c => targetOrder[c.TargetId])
            .ThenByDescending(c => c.Direct)
            .ThenBy(c => c.Path.Length)
            .ThenBy(c => names[c.ProgramId], StringComparer.Ordinal)
            .ThenBy(c => c.ProgramId, StringComparer.Ordinal)
            .ToList();
    }

    /// <inheritdoc />
    public async Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken)
    {
        async Task<Dictionary<string, long>> Counts(string statement)
        {
            var result = await _http.RunAsync(new CypherStatement(statement), cancellationToken).ConfigureAwait(false);
            return result.Rows.ToDictionary(r => result.Get(r, "key").GetString()!, r => result.Get(r, "count").GetInt64(), StringComparer.Ordinal);
        }

        return new GraphStatistics(
            await Counts(CypherStatements.LabelCounts).ConfigureAwait(false),
            await Counts(CypherStatements.TypeCounts).ConfigureAwait(false),
            await Counts(CypherStatements.EvidenceCounts).ConfigureAwait(false));
    }

    /// <inheritdoc />
    public async Task<GraphDataset> ExportAsync(CancellationToken cancellationToken)
    {
        var nodes = await ReadNodesAsync(new CypherStatement(CypherStatements.AllNodes), cancellationToken).ConfigureAwait(false);
        var rels = await _http.RunAsync(new CypherStatement(CypherStatements.AllRelationships), cancellationToken).ConfigureAwait(false);
        return new GraphDataset(nodes, rels.Column("rel").Select(Neo4jRows.ReadRelationship).ToList());
    }

    /// <inheritdoc />
    public async Task<string?> GetContentHashAsync(CancellationToken cancellationToken)
    {
        var result = await _http.RunAsync(new CypherStatement(CypherStatements.ContentHash), cancellationToken).ConfigureAwait(false);
        return result.Rows.Count > 0 && result.Rows[0][0].ValueKind == JsonValueKind.String && result.Rows[0][0].GetString() is { Length: > 0 } hash ? hash : null;
    }

    /// <summary>Releases the HTTP client.</summary>
    public void Dispose() => _http.Dispose();

    private async Task<IReadOnlyList<GraphNode>> ReadNodesAsync(CypherStatement statement, CancellationToken cancellationToken)
    {
        var result = await _http.RunAsync(statement, cancellationToken).ConfigureAwait(false);
        return result.Column("node").Select(Neo4jRows.ReadNode).ToList();
    }
}

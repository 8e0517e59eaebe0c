namespace KnowledgeGraph.Graph;

/// <summary>
/// The one interface every store implements (embedded SQLite, Neo4j) with the same behaviour. Reads are
/// batched by design: every method takes many ids at once, so a GraphQL request costs a number of round trips
/// bounded by its depth, not by the number of results.
/// </summary>
public interface IGraphStore
{
    /// <summary>Creates the schema if it is missing. Safe to call on every start.</summary>
    Task InitializeAsync(CancellationToken cancellationToken);

    /// <summary>True when the store answers (for readiness checks).</summary>
    Task<bool> PingAsync(CancellationToken cancellationToken);

    /// <summary>The nodes with these ids (unknown ids are absent from the result), in one round trip.</summary>
    Task<IReadOnlyList<GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken);

    /// <summary>
    /// The relationships touching any of these nodes, optionally of one type, in one direction, and with one
    /// label at the other end, in one round trip.
    /// </summary>
    Task<IReadOnlyList<GraphRelationship>> GetRelationshipsAsync(
        IReadOnlyCollection<string> nodeIds,
        string? type,
        Direction direction,
        string? otherLabel,
        CancellationToken cancellationToken);

    /// <summary>A filtered, ordered page of one label's nodes, by keyset.</summary>
    Task<NodePage> QueryNodesAsync(NodeQuery query, CancellationToken cancellationToken);

    /// <summary>How many nodes of a label satisfy a filter (a count query; no rows are loaded).</summary>
    Task<long> CountNodesAsync(string label, Filter? where, CancellationToken cancellationToken);

    /// <summary>Full-text search over names, aliases, descriptions and evidence quotes. Any text is safe: it is searched for, never interpreted.</summary>
    Task<IReadOnlyList<SearchHit>> SearchAsync(string text, IReadOnlyCollection<string>? labels, int first, CancellationToken cancellationToken);

    /// <summary>The shortest paths between two nodes, walking relationships in either direction, of at most <paramref name="maxLength"/> steps.</summary>
    Task<IReadOnlyList<GraphPath>> FindPathsAsync(string fromId, string toId, int maxLength, int first, CancellationToken cancellationToken);

    /// <summary>The programs covering each disease or hazard (one entry per program and target, its shortest explanation), optionally only programs of one kind.</summary>
    Task<IReadOnlyList<Coverage>> GetCoverageAsync(IReadOnlyCollection<string> targetIds, string? programKind, CancellationToken cancellationToken);

    /// <summary>
    /// The same coverage; without <paramref name="withSteps"/> a store may leave out each path's relationships
    /// (<see cref="GraphPath.StepsOmitted"/>): the programs, order, direct flags, node ids and lengths are the same.
    /// </summary>
    Task<IReadOnlyList<Coverage>> GetCoverageAsync(IReadOnlyCollection<string> targetIds, string? programKind, bool withSteps, CancellationToken cancellationToken) =>
        GetCoverageAsync(targetIds, programKind, cancellationToken);

    /// <summary>
    /// The same coverage; with <paramref name="programOutlines"/> a store may read each program as an outline
    /// (<see cref="GraphNode.IsOutline"/>: no description, aliases or evidence), for callers that need none of them.
    /// </summary>
    Task<IReadOnlyList<Coverage>> GetCoverageAsync(IReadOnlyCollection<string> targetIds, string? programKind, bool withSteps, bool programOutlines, CancellationToken cancellationToken) =>
        GetCoverageAsync(targetIds, programKind, withSteps, cancellationToken);

    /// <summary>Counts per label, relationship type and source.</summary>
    Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken);

    /// <summary>Every node and relationship (for exports and round trips).</summary>
    Task<GraphDataset> ExportAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Makes the store hold exactly this dataset, in one transaction: new facts added, changed ones updated,
    /// missing ones removed; the content hash is stored with it. Nothing changes if anything fails.
    /// </summary>
    Task<ImportResult> ImportAsync(GraphDataset dataset, string contentHash, CancellationToken cancellationToken);

    /// <summary>The content hash of the dataset last imported, or null for an empty store.</summary>
    Task<string?> GetContentHashAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Applies one curator write atomically with its audit entry, checking the expected version. Refusals are
    /// <see cref="GraphQueryException"/>s with code NOT_FOUND, CONFLICT or VALIDATION; nothing changes then.
    /// </summary>
    Task<WriteResult> WriteAsync(GraphWrite write, CancellationToken cancellationToken);

    /// <summary>The newest audit entries first, optionally only those of one node or relationship id.</summary>
    Task<IReadOnlyList<AuditEntry>> GetAuditAsync(string? targetId, int first, CancellationToken cancellationToken);

    /// <summary>A number that grows with every import that changed something and every write (for ETags and caches).</summary>
    Task<long> GetRevisionAsync(CancellationToken cancellationToken);

    /// <summary>
    /// What the data is at now, as an opaque token (the content hash and the revision, e.g. <c>1a2b…@42</c>): it
    /// changes with every import and write, so ETags and response caches key on it. Asked on every cached request,
    /// so a store answers it as cheaply as it can.
    /// </summary>
    Task<string> GetDataVersionAsync(CancellationToken cancellationToken);
}

using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Store.Sqlite;

/// <summary>
/// Coverage: the shared breadth-first search (<see cref="CoverageFinder"/>) over light relationships, from the
/// in-memory coverage index of the file's current state (<see cref="SqliteCoverageIndex"/>) or, without one, from
/// the relationship indexes alone (one statement per level); then the relationships on the returned paths in one batch.
/// </summary>
public sealed partial class SqliteGraphStore
{
    // Every relationship the search can walk, in one statement; LIMIT bounds what a build reads.
    private const string CoverageIndexSql =
        """
        SELECT r.type, r.from_id, r.to_id FROM rels r WHERE r.type IN ('ADDRESSES', 'COVERED', 'CAUSES')
        UNION ALL
        SELECT r.type, r.from_id, r.to_id FROM rels r WHERE r.type = 'PART_OF' AND r.to_label = 'Program'
        LIMIT @p0
        """;

    private static readonly string ProgramOutlinesSql = $"SELECT {SqliteRows.OutlineColumns} FROM nodes n WHERE n.label = 'Program'";

    private readonly SemaphoreSlim _coverageBuild = new(1, 1);
    private CoverageIndexState? _coverageIndexState;
    private int _coverageIndexBuilds;

    /// <summary>How many times the coverage index was built, so tests can prove it is built once per state of the file.</summary>
    internal int CoverageIndexBuilds => Volatile.Read(ref _coverageIndexBuilds);

    // Both halves are served by the covering indexes (rels_to_from, rels_from_to) alone.
    // Parameters: @p0 the inbound ids, @p1 the upward ids (JSON arrays).
    private const string CoverageEdgesSql =
        """
        SELECT r.type, r.from_id, r.to_id FROM rels r
        WHERE r.to_id IN (SELECT value FROM json_each(@p0)) AND r.type IN ('ADDRESSES', 'COVERED', 'CAUSES')
        UNION ALL
        SELECT r.type, r.from_id, r.to_id FROM rels r
        WHERE r.from_id IN (SELECT value FROM json_each(@p1)) AND r.type = 'PART_OF' AND r.to_label = 'Program'
        """;

    /// <inheritdoc />
    public Task<IReadOnlyList<Coverage>> GetCoverageAsync(IReadOnlyCollection<string> targetIds, string? programKind, CancellationToken cancellationToken) =>
        GetCoverageAsync(targetIds, programKind, withSteps: true, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<Coverage>> GetCoverageAsync(IReadOnlyCollection<string> targetIds, string? programKind, bool withSteps, CancellationToken cancellationToken) =>
        GetCoverageAsync(targetIds, programKind, withSteps, programOutlines: false, cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlyList<Coverage>> GetCoverageAsync(IReadOnlyCollection<string> targetIds, string? programKind, bool withSteps, bool programOutlines, CancellationToken cancellationToken)
    {
        var index = _coverageIndexMaxEdges > 0 ? await CurrentCoverageIndexAsync(cancellationToken).ConfigureAwait(false) : null;
        return await CoverageFinder.FindAsync(
            targetIds,
            programKind,
            index is null ? GetCoverageEdgesAsync : index.LoadAsync,
            !programOutlines ? GetNodesAsync : index is not null ? index.LoadProgramOutlinesAsync : GetNodeOutlinesAsync,
            withSteps ? GetRelationshipsByIdAsync : null,
            cancellationToken).ConfigureAwait(false);
    }

    // The index of the file's state now: kept while no connection commits, built again after any commit, this
    // process's or another's, by the first caller to find it out of date. Null (walk the file) for callers that come
    // while it is being built, so nobody else waits for it, and when the graph has more such relationships than it may hold.
    private async Task<SqliteCoverageIndex?> CurrentCoverageIndexAsync(CancellationToken cancellationToken)
    {
        var stamp = ReadChangeStamp();
        if (Volatile.Read(ref _coverageIndexState) is { } known && known.Stamp == stamp)
        {
            return known.Index;
        }

        if (!await _coverageBuild.WaitAsync(0, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        try
        {
            if (Volatile.Read(ref _coverageIndexState) is { } built && built.Stamp == stamp)
            {
                return built.Index;
            }

            // Read after the stamp: a commit in between changes the next stamp, so this index is never kept too long.
            var index = await BuildCoverageIndexAsync(cancellationToken).ConfigureAwait(false);
            Interlocked.Increment(ref _coverageIndexBuilds);
            Volatile.Write(ref _coverageIndexState, new CoverageIndexState(stamp, index));
            return index;
        }
        finally
        {
            _coverageBuild.Release();
        }
    }

    // The rows stream into the index as they are read; null when there are more than it may hold.
    private async Task<SqliteCoverageIndex?> BuildCoverageIndexAsync(CancellationToken cancellationToken)
    {
        var parameters = new SqlParameters();
        parameters.Add(_coverageIndexMaxEdges + 1L);
        var builder = new SqliteCoverageIndex.Builder();
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, CoverageIndexSql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            if (builder.Count == _coverageIndexMaxEdges)
            {
                return null;
            }

            builder.Add(reader.GetString(0), reader.GetString(1), reader.GetString(2));
        }

        // The programs' outlines, in a statement of their own: a commit between the two changes the stamp, so no later
        // query uses this index (only its builder, which may see a program deleted meanwhile as gone, as the walk would).
        await using var programs = Command(connection, ProgramOutlinesSql);
        await using var rows = await programs.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await rows.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            builder.AddProgram(SqliteRows.ReadNode(rows, outline: true));
        }

        return builder.Build();
    }

    private async Task<IReadOnlyList<CoverageEdge>> GetCoverageEdgesAsync(IReadOnlyCollection<string> inbound, IReadOnlyCollection<string> upward, CancellationToken cancellationToken)
    {
        var parameters = new SqlParameters();
        parameters.Add(SqliteRows.Json(inbound.ToList()));
        parameters.Add(SqliteRows.Json(upward.ToList()));
        return await ReadRowsAsync(CoverageEdgesSql, parameters, r => new CoverageEdge(r.GetString(0), r.GetString(1), r.GetString(2)), cancellationToken)
            .ConfigureAwait(false);
    }

    private async Task<IReadOnlyList<GraphRelationship>> GetRelationshipsByIdAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var parameters = new SqlParameters();
        var sql = $"SELECT {SqliteRows.RelationshipColumns} FROM rels r WHERE r.id IN (SELECT value FROM json_each({parameters.Add(SqliteRows.Json(ids.ToList()))}))";
        return await ReadRowsAsync(sql, parameters, r => SqliteRows.ReadRelationship(r), cancellationToken).ConfigureAwait(false);
    }

    // The index built at a change stamp; a null index means the graph had more relationships than it may hold.
    private sealed record CoverageIndexState(long Stamp, SqliteCoverageIndex? Index);
}

using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Store.Sqlite;

/// <summary>
/// Coverage: the shared breadth-first search (<see cref="CoverageFinder"/>) over light relationships read from the
/// relationship indexes alone (one statement per level), then the relationships on the returned paths in one batch.
/// </summary>
public sealed partial class SqliteGraphStore
{
    // Both halves are served by the covering indexes (rels_to_from, rels_from_to), which hold the id as the table's key.
    // Parameters: @p0 the inbound ids, @p1 the upward ids (JSON arrays).
    private const string CoverageEdgesSql =
        """
        SELECT r.id, r.type, r.from_id, r.to_id FROM rels r
        WHERE r.to_id IN (SELECT value FROM json_each(@p0)) AND r.type IN ('ADDRESSES', 'COVERED', 'CAUSES')
        UNION ALL
        SELECT r.id, r.type, r.from_id, r.to_id FROM rels r
        WHERE r.from_id IN (SELECT value FROM json_each(@p1)) AND r.type = 'PART_OF' AND r.to_label = 'Program'
        """;

    /// <inheritdoc />
    public Task<IReadOnlyList<Coverage>> GetCoverageAsync(IReadOnlyCollection<string> targetIds, string? programKind, CancellationToken cancellationToken) =>
        GetCoverageAsync(targetIds, programKind, withSteps: true, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<Coverage>> GetCoverageAsync(IReadOnlyCollection<string> targetIds, string? programKind, bool withSteps, CancellationToken cancellationToken) =>
        CoverageFinder.FindAsync(targetIds, programKind, GetCoverageEdgesAsync, GetNodesAsync, withSteps ? GetRelationshipsByIdAsync : null, cancellationToken);

    private async Task<IReadOnlyList<CoverageEdge>> GetCoverageEdgesAsync(IReadOnlyCollection<string> inbound, IReadOnlyCollection<string> upward, CancellationToken cancellationToken)
    {
        var parameters = new SqlParameters();
        parameters.Add(SqliteRows.Json(inbound.ToList()));
        parameters.Add(SqliteRows.Json(upward.ToList()));
        return await ReadRowsAsync(CoverageEdgesSql, parameters, r => new CoverageEdge(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3)), cancellationToken)
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
}

using System.Globalization;
using KnowledgeGraph.Graph;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Store.Sqlite;

/// <summary>Counts, export, the content hash and the query planner's statistics.</summary>
public sealed partial class SqliteGraphStore
{
    // Without statistics SQLite guesses every index equally selective and may, for example, walk all programs by
    // (label, category) to apply a relationship filter; ANALYZE (about a second at 100,000 nodes) lets it start from
    // the rare side. The statistics go with the import's transaction; an import that changed nothing keeps them.
    private async Task AnalyzeAsync(SqliteConnection connection, SqliteTransaction transaction, ImportResult import, CancellationToken cancellationToken)
    {
        if (import.Unchanged)
        {
            return;
        }

        await using var analyze = Command(connection, "ANALYZE", transaction: transaction);
        await analyze.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        async Task<Dictionary<string, long>> Counts(string sql)
        {
            await using var command = Command(connection, sql);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            var result = new Dictionary<string, long>(StringComparer.Ordinal);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                result[reader.GetString(0)] = reader.GetInt64(1);
            }

            return result;
        }

        var labels = await Counts("SELECT label, count(*) FROM nodes GROUP BY label ORDER BY label").ConfigureAwait(false);
        var types = await Counts("SELECT type, count(*) FROM rels GROUP BY type ORDER BY type").ConfigureAwait(false);
        var sources = await Counts("""
            SELECT source, count(*) FROM (
              SELECT json_extract(e.value, '$.source') AS source FROM nodes, json_each(nodes.evidence) e
              UNION ALL
              SELECT json_extract(e.value, '$.source') FROM rels, json_each(rels.evidence) e)
            GROUP BY source ORDER BY source
            """).ConfigureAwait(false);
        return new GraphStatistics(labels, types, sources);
    }

    /// <inheritdoc />
    public async Task<GraphDataset> ExportAsync(CancellationToken cancellationToken)
    {
        var nodes = await ReadNodesAsync($"SELECT {SqliteRows.NodeColumns} FROM nodes n ORDER BY n.id", new SqlParameters(), cancellationToken).ConfigureAwait(false);
        var rels = await ReadRowsAsync($"SELECT {SqliteRows.RelationshipColumns} FROM rels r ORDER BY r.id", new SqlParameters(), r => SqliteRows.ReadRelationship(r), cancellationToken)
            .ConfigureAwait(false);
        return new GraphDataset(nodes, rels);
    }

    /// <inheritdoc />
    public async Task<string?> GetContentHashAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, "SELECT value FROM meta WHERE key = 'content_hash'");
        return Convert.ToString(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture) is { Length: > 0 } hash ? hash : null;
    }
}

using System.Globalization;
using KnowledgeGraph.Graph;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Store.Sqlite;

/// <summary>Import: the store is made to match a dataset exactly, in one transaction.</summary>
public sealed partial class SqliteGraphStore
{
    // What SqliteRows.Json writes for no properties, the common case, without a sorted copy per row.
    private const string EmptyProperties = "{}";

    // Page cache for an import, in KiB (SQLite's default is 2 MB). A later import writes into the relationship
    // indexes in random order; with the default cache most inserts would read an index page back from the file. A
    // first import builds its indexes by sorting, which needs less (and the dataset is in memory alongside).
    private const int ImportCacheKiB = 64 * 1024;

    /// <inheritdoc />
    public async Task<ImportResult> ImportAsync(GraphDataset dataset, string contentHash, CancellationToken cancellationToken)
    {
        await using var connection = await OpenWriteAsync(cancellationToken).ConfigureAwait(false);
        var cacheSize = Convert.ToInt64(await ScalarAsync(connection, "PRAGMA cache_size", cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        try
        {
            await ScalarAsync(connection, FormattableString.Invariant($"PRAGMA cache_size = -{ImportCacheKiB}"), cancellationToken).ConfigureAwait(false);
            return await ImportAsync(connection, dataset, contentHash, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            // The connection goes back to the pool: its cache shrinks back for ordinary reads.
            await ScalarAsync(connection, FormattableString.Invariant($"PRAGMA cache_size = {cacheSize}"), CancellationToken.None).ConfigureAwait(false);
        }
    }

    private async Task<object?> ScalarAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, sql);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<ImportResult> ImportAsync(SqliteConnection connection, GraphDataset dataset, string contentHash, CancellationToken cancellationToken)
    {
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

        var existingNodes = new Dictionary<string, string>(StringComparer.Ordinal);
        await using (var read = Command(connection, $"SELECT {SqliteRows.NodeColumns} FROM nodes n", transaction: transaction))
        await using (var reader = await read.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var node = SqliteRows.ReadNode(reader);
                existingNodes[node.Id] = SqliteRows.Canonical(node);
            }
        }

        var existingRels = new Dictionary<string, string>(StringComparer.Ordinal);
        await using (var read = Command(connection, $"SELECT {SqliteRows.RelationshipColumns} FROM rels r", transaction: transaction))
        await using (var reader = await read.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var rel = SqliteRows.ReadRelationship(reader);
                existingRels[rel.Id] = SqliteRows.Canonical(rel);
            }
        }

        // Rows that are mostly new (a first import) go in faster without the secondary indexes, which are then built
        // by one sort each; dropped and built again inside the transaction, so a reader never sees them missing.
        var bulk = existingNodes.Count + existingRels.Count < (dataset.Nodes.Count + dataset.Relationships.Count) / 2;
        if (bulk)
        {
            await ExecuteAsync(connection, transaction, SqliteSchema.DropIndexStatements(), cancellationToken).ConfigureAwait(false);
        }

        var labels = dataset.Nodes.ToDictionary(n => n.Id, n => n.Label, StringComparer.Ordinal);
        int nodesAdded = 0, nodesUpdated = 0, relsAdded = 0, relsUpdated = 0;

        var columns = SqliteSchema.PropertyColumns;
        var nodeSql = $"INSERT INTO nodes (id, label, name, description, aliases, evidence, {string.Join(", ", columns.Select(c => $"\"{c}\""))}) " +
                      $"VALUES (@id, @label, @name, @description, @aliases, @evidence, {string.Join(", ", columns.Select((_, i) => $"@c{i}"))}) " +
                      $"ON CONFLICT(id) DO UPDATE SET version = nodes.version + 1, label = excluded.label, name = excluded.name, description = excluded.description, aliases = excluded.aliases, evidence = excluded.evidence, " +
                      string.Join(", ", columns.Select(c => $"\"{c}\" = excluded.\"{c}\""));
        await using (var upsert = Command(connection, nodeSql, transaction: transaction))
        {
            // One parameter set, its values replaced row by row: a million rows would otherwise allocate a million sets.
            var p = Parameters(upsert, ["@id", "@label", "@name", "@description", "@aliases", "@evidence", .. columns.Select((_, i) => $"@c{i}")]);
            foreach (var node in dataset.Nodes)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (existingNodes.Remove(node.Id, out var before))
                {
                    if (before == SqliteRows.Canonical(node))
                    {
                        continue;
                    }

                    nodesUpdated++;
                }
                else
                {
                    nodesAdded++;
                }

                p[0].Value = node.Id;
                p[1].Value = node.Label;
                p[2].Value = node.Name;
                p[3].Value = (object?)node.Description ?? DBNull.Value;
                p[4].Value = SqliteRows.Json(node.Aliases);
                p[5].Value = SqliteRows.Json(node.Evidence);
                for (var i = 0; i < columns.Count; i++)
                {
                    p[6 + i].Value = (object?)node.Properties.GetValueOrDefault(columns[i]) ?? DBNull.Value;
                }

                await upsert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        var relSql = "INSERT INTO rels (id, type, from_id, to_id, from_label, to_label, props, evidence) VALUES (@id, @type, @from, @to, @fromLabel, @toLabel, @props, @evidence) " +
                     "ON CONFLICT(id) DO UPDATE SET version = rels.version + 1, props = excluded.props, evidence = excluded.evidence, from_label = excluded.from_label, to_label = excluded.to_label";
        await using (var upsert = Command(connection, relSql, transaction: transaction))
        {
            var p = Parameters(upsert, ["@id", "@type", "@from", "@to", "@fromLabel", "@toLabel", "@props", "@evidence"]);
            foreach (var rel in dataset.Relationships)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (existingRels.Remove(rel.Id, out var before))
                {
                    if (before == SqliteRows.Canonical(rel))
                    {
                        continue;
                    }

                    relsUpdated++;
                }
                else
                {
                    relsAdded++;
                }

                p[0].Value = rel.Id;
                p[1].Value = rel.Type;
                p[2].Value = rel.From;
                p[3].Value = rel.To;
                p[4].Value = labels.GetValueOrDefault(rel.From) ?? NodeId.LabelOf(rel.From)?.Name ?? string.Empty;
                p[5].Value = labels.GetValueOrDefault(rel.To) ?? NodeId.LabelOf(rel.To)?.Name ?? string.Empty;
                p[6].Value = rel.Properties.Count == 0 ? EmptyProperties : SqliteRows.Json(rel.Properties);
                p[7].Value = SqliteRows.Json(rel.Evidence);
                await upsert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        // What is left in the maps is no longer in the dataset.
        await DeleteAsync(connection, transaction, "rels", existingRels.Keys, cancellationToken).ConfigureAwait(false);
        await DeleteAsync(connection, transaction, "nodes", existingNodes.Keys, cancellationToken).ConfigureAwait(false);

        if (bulk)
        {
            await ExecuteAsync(connection, transaction, SqliteSchema.CreateIndexStatements(), cancellationToken).ConfigureAwait(false);
        }

        var changed = nodesAdded + nodesUpdated + existingNodes.Count > 0;
        if (changed)
        {
            await RebuildSearchAsync(connection, transaction, dataset.Nodes, cancellationToken).ConfigureAwait(false);
        }

        var parameters = new SqlParameters();
        await using (var meta = Command(connection, $"INSERT OR REPLACE INTO meta(key, value) VALUES ('content_hash', {parameters.Add(contentHash)})", parameters, transaction))
        {
            await meta.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        var result = new ImportResult(nodesAdded, nodesUpdated, existingNodes.Count, relsAdded, relsUpdated, existingRels.Count);
        if (!result.Unchanged)
        {
            await AuditAsync(connection, transaction, "import", AuditEntry.ImportOperation, contentHash, null, AuditJson.Of(result), cancellationToken).ConfigureAwait(false);
        }

        await AnalyzeAsync(connection, transaction, result, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return result;
    }

    private async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, sql, transaction: transaction);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task DeleteAsync(SqliteConnection connection, SqliteTransaction transaction, string table, IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return;
        }

        var parameters = new SqlParameters();
        await using var delete = Command(connection, $"DELETE FROM {table} WHERE id IN (SELECT value FROM json_each({parameters.Add(SqliteRows.Json(ids.ToList()))}))", parameters, transaction);
        await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task RebuildSearchAsync(SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<GraphNode> nodes, CancellationToken cancellationToken)
    {
        await using (var clear = Command(connection, "DELETE FROM search", transaction: transaction))
        {
            await clear.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await using var insert = Command(connection, "INSERT INTO search (rowid, name, aliases, description, quotes, label) VALUES ((SELECT rowid FROM nodes WHERE id = @id), @name, @aliases, @description, @quotes, @label)", transaction: transaction);
        var p = Parameters(insert, ["@name", "@aliases", "@description", "@quotes", "@id", "@label"]);
        foreach (var node in nodes)
        {
            p[0].Value = node.Name;
            p[1].Value = SearchAliases(node);
            p[2].Value = (object?)node.Description ?? string.Empty;
            p[3].Value = SearchQuotes(node);
            p[4].Value = node.Id;
            p[5].Value = node.Label;
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The command's parameters, created once; callers set their values for each row.</summary>
    private static SqliteParameter[] Parameters(SqliteCommand command, IReadOnlyList<string> names)
    {
        var parameters = names.Select(name => new SqliteParameter { ParameterName = name }).ToArray();
        command.Parameters.AddRange(parameters);
        return parameters;
    }
}

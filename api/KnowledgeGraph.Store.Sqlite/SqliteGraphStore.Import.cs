using KnowledgeGraph.Graph;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Store.Sqlite;

/// <summary>Import: the store is made to match a dataset exactly, in one transaction.</summary>
public sealed partial class SqliteGraphStore
{
    /// <inheritdoc />
    public async Task<ImportResult> ImportAsync(GraphDataset dataset, string contentHash, CancellationToken cancellationToken)
    {
        await using var connection = await OpenWriteAsync(cancellationToken).ConfigureAwait(false);
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

        var labels = dataset.Nodes.ToDictionary(n => n.Id, n => n.Label, StringComparer.Ordinal);
        int nodesAdded = 0, nodesUpdated = 0, relsAdded = 0, relsUpdated = 0;

        var columns = SqliteSchema.PropertyColumns;
        var nodeSql = $"INSERT INTO nodes (id, label, name, description, aliases, evidence, {string.Join(", ", columns.Select(c => $"\"{c}\""))}) " +
                      $"VALUES (@id, @label, @name, @description, @aliases, @evidence, {string.Join(", ", columns.Select((_, i) => $"@c{i}"))}) " +
                      $"ON CONFLICT(id) DO UPDATE SET version = nodes.version + 1, label = excluded.label, name = excluded.name, description = excluded.description, aliases = excluded.aliases, evidence = excluded.evidence, " +
                      string.Join(", ", columns.Select(c => $"\"{c}\" = excluded.\"{c}\""));
        await using (var upsert = Command(connection, nodeSql, transaction: transaction))
        {
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

                upsert.Parameters.Clear();
                upsert.Parameters.AddWithValue("@id", node.Id);
                upsert.Parameters.AddWithValue("@label", node.Label);
                upsert.Parameters.AddWithValue("@name", node.Name);
                upsert.Parameters.AddWithValue("@description", (object?)node.Description ?? DBNull.Value);
                upsert.Parameters.AddWithValue("@aliases", SqliteRows.Json(node.Aliases));
                upsert.Parameters.AddWithValue("@evidence", SqliteRows.Json(node.Evidence));
                for (var i = 0; i < columns.Count; i++)
                {
                    upsert.Parameters.AddWithValue($"@c{i}", (object?)node.Properties.GetValueOrDefault(columns[i]) ?? DBNull.Value);
                }

                await upsert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        var relSql = "INSERT INTO rels (id, type, from_id, to_id, from_label, to_label, props, evidence) VALUES (@id, @type, @from, @to, @fromLabel, @toLabel, @props, @evidence) " +
                     "ON CONFLICT(id) DO UPDATE SET version = rels.version + 1, props = excluded.props, evidence = excluded.evidence, from_label = excluded.from_label, to_label = excluded.to_label";
        await using (var upsert = Command(connection, relSql, transaction: transaction))
        {
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

                upsert.Parameters.Clear();
                upsert.Parameters.AddWithValue("@id", rel.Id);
                upsert.Parameters.AddWithValue("@type", rel.Type);
                upsert.Parameters.AddWithValue("@from", rel.From);
                upsert.Parameters.AddWithValue("@to", rel.To);
                upsert.Parameters.AddWithValue("@fromLabel", labels.GetValueOrDefault(rel.From) ?? NodeId.LabelOf(rel.From)?.Name ?? string.Empty);
                upsert.Parameters.AddWithValue("@toLabel", labels.GetValueOrDefault(rel.To) ?? NodeId.LabelOf(rel.To)?.Name ?? string.Empty);
                upsert.Parameters.AddWithValue("@props", SqliteRows.Json(rel.Properties));
                upsert.Parameters.AddWithValue("@evidence", SqliteRows.Json(rel.Evidence));
                await upsert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        // What is left in the maps is no longer in the dataset.
        await DeleteAsync(connection, transaction, "rels", existingRels.Keys, cancellationToken).ConfigureAwait(false);
        await DeleteAsync(connection, transaction, "nodes", existingNodes.Keys, cancellationToken).ConfigureAwait(false);

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

        await using var insert = Command(connection, "INSERT INTO search (name, aliases, description, quotes, node_id, label) VALUES (@name, @aliases, @description, @quotes, @id, @label)", transaction: transaction);
        foreach (var node in nodes)
        {
            insert.Parameters.Clear();
            insert.Parameters.AddWithValue("@name", node.Name);
            insert.Parameters.AddWithValue("@aliases", SearchAliases(node));
            insert.Parameters.AddWithValue("@description", (object?)node.Description ?? string.Empty);
            insert.Parameters.AddWithValue("@quotes", SearchQuotes(node));
            insert.Parameters.AddWithValue("@id", node.Id);
            insert.Parameters.AddWithValue("@label", node.Label);
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}

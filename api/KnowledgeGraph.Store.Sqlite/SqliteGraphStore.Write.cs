using System.Globalization;
using KnowledgeGraph.Graph;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Store.Sqlite;

/// <summary>
/// Curator writes: each one transaction (BEGIN IMMEDIATE, so concurrent writers queue on SQLite's lock instead of
/// failing on upgrade) that checks, applies, bumps the version and appends its audit entry, or changes nothing.
/// </summary>
public sealed partial class SqliteGraphStore
{
    /// <inheritdoc />
    public async Task<WriteResult> WriteAsync(GraphWrite write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        await using var connection = await OpenWriteAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = connection.BeginTransaction(deferred: false);
        var (version, before, after) = write.Operation switch
        {
            WriteOperation.CreateNode or WriteOperation.UpdateNode or WriteOperation.DeleteNode =>
                await WriteNodeAsync(connection, transaction, write, cancellationToken).ConfigureAwait(false),
            _ => await WriteRelationshipAsync(connection, transaction, write, cancellationToken).ConfigureAwait(false),
        };
        var entry = await AuditAsync(connection, transaction, write.Actor, write.Operation.ToString(), write.TargetId, before, after, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new WriteResult(version, entry);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<AuditEntry>> GetAuditAsync(string? targetId, int first, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var parameters = new SqlParameters();
        var where = targetId is null ? string.Empty : $"WHERE target_id = {parameters.Add(targetId)} OR target_id LIKE {parameters.Add(LikePrefix(targetId) + "|%")} ESCAPE '\\' OR target_id LIKE {parameters.Add("%|" + LikePrefix(targetId))} ESCAPE '\\'";
        await using var command = Command(connection, $"SELECT seq, at, actor, operation, target_id, before, after FROM audit {where} ORDER BY seq DESC LIMIT {parameters.Add(Math.Clamp(first, 1, 1000))}", parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var entries = new List<AuditEntry>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            entries.Add(ReadAudit(reader));
        }

        return entries;
    }

    /// <inheritdoc />
    public async Task<long> GetRevisionAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, "SELECT coalesce(max(seq), 0) FROM audit");
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
    }

    private async Task<(long Version, string? Before, string? After)> WriteNodeAsync(
        SqliteConnection connection, SqliteTransaction transaction, GraphWrite write, CancellationToken cancellationToken)
    {
        var current = await ReadNodeAsync(connection, transaction, write.TargetId, cancellationToken).ConfigureAwait(false);
        if (write.Operation == WriteOperation.CreateNode)
        {
            if (current is not null)
            {
                throw write.Exists(current.Version);
            }

            var created = write.Node! with { Version = 1 };
            await SaveNodeAsync(connection, transaction, created, cancellationToken).ConfigureAwait(false);
            return (1, null, AuditJson.Of(created));
        }

        current = write.Expect(current);
        if (write.Operation == WriteOperation.UpdateNode)
        {
            if (write.Node!.Label != current.Label)
            {
                throw new GraphQueryException($"'{write.TargetId}' is a {current.Label}; a node's label cannot change.");
            }

            var updated = write.Node with { Version = current.Version + 1 };
            await SaveNodeAsync(connection, transaction, updated, cancellationToken).ConfigureAwait(false);
            return (updated.Version, AuditJson.Of(current), AuditJson.Of(updated));
        }

        if (current.Label == "Source" && await CountCitationsAsync(connection, transaction, current.Id, cancellationToken).ConfigureAwait(false) is > 0 and var citations)
        {
            throw new GraphQueryException(ErrorCodes.Conflict, $"'{current.Id}' is cited as evidence by {citations} fact(s); remove those citations first.");
        }

        var touching = await ReadTouchingAsync(connection, transaction, current.Id, cancellationToken).ConfigureAwait(false);
        var parameters = new SqlParameters();
        var id = parameters.Add(current.Id);
        await using (var delete = Command(connection, $"DELETE FROM search WHERE rowid = (SELECT rowid FROM nodes WHERE id = {id}); DELETE FROM rels WHERE from_id = {id} OR to_id = {id}; DELETE FROM nodes WHERE id = {id};", parameters, transaction))
        {
            await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        return (current.Version, AuditJson.Of(current, touching), null);
    }

    private async Task<(long Version, string? Before, string? After)> WriteRelationshipAsync(
        SqliteConnection connection, SqliteTransaction transaction, GraphWrite write, CancellationToken cancellationToken)
    {
        var current = await ReadRelationshipAsync(connection, transaction, write.TargetId, cancellationToken).ConfigureAwait(false);
        if (write.Operation == WriteOperation.CreateRelationship)
        {
            if (current is not null)
            {
                throw write.Exists(current.Version);
            }

            var created = write.Relationship! with { Version = 1 };
            var from = await ReadNodeAsync(connection, transaction, created.From, cancellationToken).ConfigureAwait(false);
            var to = await ReadNodeAsync(connection, transaction, created.To, cancellationToken).ConfigureAwait(false);
            if (from is null || to is null)
            {
                throw new GraphQueryException(ErrorCodes.NotFound, $"'{(from is null ? created.From : created.To)}' does not exist.");
            }

            await SaveRelationshipAsync(connection, transaction, created, from.Label, to.Label, cancellationToken).ConfigureAwait(false);
            return (1, null, AuditJson.Of(created));
        }

        current = write.Expect(current);
        var parameters = new SqlParameters();
        if (write.Operation == WriteOperation.UpdateRelationship)
        {
            var updated = write.Relationship! with { Version = current.Version + 1 };
            await using var update = Command(
                connection,
                $"UPDATE rels SET props = {parameters.Add(SqliteRows.Json(updated.Properties))}, evidence = {parameters.Add(SqliteRows.Json(updated.Evidence))}, version = {parameters.Add(updated.Version)} WHERE id = {parameters.Add(current.Id)}",
                parameters,
                transaction);
            await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return (updated.Version, AuditJson.Of(current), AuditJson.Of(updated));
        }

        await using (var delete = Command(connection, $"DELETE FROM rels WHERE id = {parameters.Add(current.Id)}", parameters, transaction))
        {
            await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        return (current.Version, AuditJson.Of(current), null);
    }

    private async Task SaveNodeAsync(SqliteConnection connection, SqliteTransaction transaction, GraphNode node, CancellationToken cancellationToken)
    {
        var columns = SqliteSchema.PropertyColumns;
        var parameters = new SqlParameters();
        var values = string.Join(", ", columns.Select(c => parameters.Add(node.Properties.GetValueOrDefault(c))));
        var id = parameters.Add(node.Id);
        var sql =
            $"INSERT OR REPLACE INTO nodes (rowid, id, label, name, description, aliases, evidence, version, {string.Join(", ", columns.Select(c => $"\"{c}\""))}) " +
            $"VALUES ((SELECT rowid FROM nodes WHERE id = {id}), {id}, {parameters.Add(node.Label)}, {parameters.Add(node.Name)}, {parameters.Add(node.Description)}, " +
            $"{parameters.Add(SqliteRows.Json(node.Aliases))}, {parameters.Add(SqliteRows.Json(node.Evidence))}, {parameters.Add(node.Version)}, {values}); " +
            $"DELETE FROM search WHERE rowid = (SELECT rowid FROM nodes WHERE id = {id}); " +
            $"INSERT INTO search (rowid, name, aliases, description, quotes, label) VALUES ((SELECT rowid FROM nodes WHERE id = {id}), {parameters.Add(node.Name)}, " +
            $"{parameters.Add(SearchAliases(node))}, {parameters.Add(node.Description ?? string.Empty)}, {parameters.Add(SearchQuotes(node))}, {parameters.Add(node.Label)});";
        await using var command = Command(connection, sql, parameters, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task SaveRelationshipAsync(
        SqliteConnection connection, SqliteTransaction transaction, GraphRelationship rel, string fromLabel, string toLabel, CancellationToken cancellationToken)
    {
        var parameters = new SqlParameters();
        await using var command = Command(
            connection,
            "INSERT INTO rels (id, type, from_id, to_id, from_label, to_label, props, evidence, version) VALUES " +
            $"({parameters.Add(rel.Id)}, {parameters.Add(rel.Type)}, {parameters.Add(rel.From)}, {parameters.Add(rel.To)}, {parameters.Add(fromLabel)}, {parameters.Add(toLabel)}, " +
            $"{parameters.Add(SqliteRows.Json(rel.Properties))}, {parameters.Add(SqliteRows.Json(rel.Evidence))}, {parameters.Add(rel.Version)})",
            parameters,
            transaction);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<GraphNode?> ReadNodeAsync(SqliteConnection connection, SqliteTransaction transaction, string id, CancellationToken cancellationToken)
    {
        var parameters = new SqlParameters();
        await using var command = Command(connection, $"SELECT {SqliteRows.NodeColumns} FROM nodes n WHERE n.id = {parameters.Add(id)}", parameters, transaction);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? SqliteRows.ReadNode(reader) : null;
    }

    private async Task<GraphRelationship?> ReadRelationshipAsync(SqliteConnection connection, SqliteTransaction transaction, string id, CancellationToken cancellationToken)
    {
        var parameters = new SqlParameters();
        await using var command = Command(connection, $"SELECT {SqliteRows.RelationshipColumns} FROM rels r WHERE r.id = {parameters.Add(id)}", parameters, transaction);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? SqliteRows.ReadRelationship(reader) : null;
    }

    private async Task<List<GraphRelationship>> ReadTouchingAsync(SqliteConnection connection, SqliteTransaction transaction, string id, CancellationToken cancellationToken)
    {
        var parameters = new SqlParameters();
        var p = parameters.Add(id);
        await using var command = Command(connection, $"SELECT {SqliteRows.RelationshipColumns} FROM rels r WHERE r.from_id = {p} OR r.to_id = {p} ORDER BY r.id", parameters, transaction);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var result = new List<GraphRelationship>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            result.Add(SqliteRows.ReadRelationship(reader));
        }

        return result;
    }

    private async Task<long> CountCitationsAsync(SqliteConnection connection, SqliteTransaction transaction, string sourceId, CancellationToken cancellationToken)
    {
        var parameters = new SqlParameters();
        var p = parameters.Add(sourceId);
        await using var command = Command(
            connection,
            $"SELECT (SELECT count(*) FROM nodes, json_each(nodes.evidence) e WHERE json_extract(e.value, '$.source') = {p}) + " +
            $"(SELECT count(*) FROM rels, json_each(rels.evidence) e WHERE json_extract(e.value, '$.source') = {p})",
            parameters,
            transaction);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
    }

    private async Task<AuditEntry> AuditAsync(
        SqliteConnection connection, SqliteTransaction transaction, string actor, string operation, string targetId, string? before, string? after, CancellationToken cancellationToken)
    {
        var at = DateTimeOffset.UtcNow;
        var parameters = new SqlParameters();
        await using var command = Command(
            connection,
            $"INSERT INTO audit (at, actor, operation, target_id, before, after) VALUES ({parameters.Add(at.ToString("O", CultureInfo.InvariantCulture))}, {parameters.Add(actor)}, " +
            $"{parameters.Add(operation)}, {parameters.Add(targetId)}, {parameters.Add(before)}, {parameters.Add(after)}) RETURNING seq",
            parameters,
            transaction);
        var seq = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        return new AuditEntry(seq, at, actor, operation, targetId, before, after);
    }

    private static AuditEntry ReadAudit(SqliteDataReader reader) => new(
        reader.GetInt64(0),
        DateTimeOffset.Parse(reader.GetString(1), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
        reader.GetString(2),
        reader.GetString(3),
        reader.GetString(4),
        reader.IsDBNull(5) ? null : reader.GetString(5),
        reader.IsDBNull(6) ? null : reader.GetString(6));

    private static string LikePrefix(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}

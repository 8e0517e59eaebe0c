using System.Globalization;
using System.Text.Json;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Store.Neo4j;

/// <summary>
/// Curator writes: one transaction on the transactional endpoint that locks the target, checks the version,
/// applies the change and appends the audit entry; anything unexpected rolls it back.
/// </summary>
public sealed partial class Neo4jGraphStore
{
    /// <inheritdoc />
    public async Task<WriteResult> WriteAsync(GraphWrite write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await WriteOnceAsync(write, cancellationToken).ConfigureAwait(false);
            }
            catch (Neo4jServerException e) when (e.IsTransient && attempt < 3)
            {
                // A deadlock or leader switch ended the transaction before anything was committed: try again.
                await Task.Delay(TimeSpan.FromMilliseconds(100 * (1 << attempt)), cancellationToken).ConfigureAwait(false);
            }
            catch (Neo4jServerException e) when (e.Code == "Neo.ClientError.Schema.ConstraintValidationFailed")
            {
                throw new GraphQueryException(ErrorCodes.Conflict, $"'{write.TargetId}' exists already.");
            }
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<AuditEntry>> GetAuditAsync(string? targetId, int first, CancellationToken cancellationToken)
    {
        var result = await _http.RunAsync(
            new CypherStatement(CypherWriteStatements.AuditEntries, new Dictionary<string, object?> { ["target"] = targetId, ["first"] = Math.Clamp(first, 1, 1000) }),
            cancellationToken).ConfigureAwait(false);
        return result.Column("entry").Select(ReadAudit).ToList();
    }

    /// <inheritdoc />
    public async Task<long> GetRevisionAsync(CancellationToken cancellationToken)
    {
        var result = await _http.RunAsync(new CypherStatement(CypherWriteStatements.Revision), cancellationToken).ConfigureAwait(false);
        return result.Column("revision").Single().GetInt64();
    }

    /// <inheritdoc />
    public async Task<string> GetDataVersionAsync(CancellationToken cancellationToken)
    {
        var result = await _http.RunAsync(new CypherStatement(CypherWriteStatements.DataVersion), cancellationToken).ConfigureAwait(false);
        var row = result.Rows.Single();
        var hash = row[0].ValueKind == JsonValueKind.String && row[0].GetString() is { Length: > 0 } text ? text : "empty";
        return $"{hash}@{row[1].GetInt64()}";
    }

    private async Task<WriteResult> WriteOnceAsync(GraphWrite write, CancellationToken cancellationToken)
    {
        await using var transaction = await _http.BeginAsync(cancellationToken).ConfigureAwait(false);
        async Task<Neo4jResult> Run(string text, Dictionary<string, object?> parameters) =>
            (await transaction.RunAsync([new CypherStatement(text, parameters)], cancellationToken).ConfigureAwait(false))[0];

        long version;
        string? before = null, after = null;
        if (write.Operation is WriteOperation.CreateNode or WriteOperation.UpdateNode or WriteOperation.DeleteNode)
        {
            var id = new Dictionary<string, object?> { ["id"] = write.TargetId };
            var current = (await Run(CypherWriteStatements.LockNode, id).ConfigureAwait(false)).Column("node").Select(Neo4jRows.ReadNode).FirstOrDefault();
            switch (write.Operation)
            {
                case WriteOperation.CreateNode:
                    if (current is not null)
                    {
                        throw write.Exists(current.Version);
                    }

                    var created = write.Node! with { Version = 1 };
                    await Run(CypherWriteStatements.CreateNode(created.Label), new() { ["row"] = Neo4jRows.NodeRow(created) }).ConfigureAwait(false);
                    (version, after) = (1, AuditJson.Of(created));
                    break;
                case WriteOperation.UpdateNode:
                    current = write.Expect(current);
                    if (write.Node!.Label != current.Label)
                    {
                        throw new GraphQueryException($"'{write.TargetId}' is a {current.Label}; a node's label cannot change.");
                    }

                    var updated = write.Node with { Version = current.Version + 1 };
                    await Run(CypherWriteStatements.UpdateNode, new() { ["id"] = current.Id, ["row"] = Neo4jRows.NodeRow(updated), ["version"] = updated.Version }).ConfigureAwait(false);
                    (version, before, after) = (updated.Version, AuditJson.Of(current), AuditJson.Of(updated));
                    break;
                default:
                    current = write.Expect(current);
                    var citations = (await Run(CypherWriteStatements.Citations, id).ConfigureAwait(false)).Column("citations").Single().GetInt64();
                    if (current.Label == "Source" && citations > 0)
                    {
                        throw new GraphQueryException(ErrorCodes.Conflict, $"'{current.Id}' is cited as evidence by {citations} fact(s); remove those citations first.");
                    }

                    var touching = (await Run(CypherWriteStatements.Touching, id).ConfigureAwait(false)).Column("rel").Select(Neo4jRows.ReadRelationship).OrderBy(r => r.Id, StringComparer.Ordinal);
                    before = AuditJson.Of(current, touching.ToList());
                    await Run(CypherWriteStatements.DeleteNode, id).ConfigureAwait(false);
                    version = current.Version;
                    break;
            }
        }
        else
        {
            var (from, type, to) = GraphRelationship.ParseId(write.TargetId);
            var ends = new Dictionary<string, object?> { ["from"] = from, ["to"] = to };
            var current = (await Run(CypherWriteStatements.LockRelationship(type), ends).ConfigureAwait(false)).Column("rel").Select(Neo4jRows.ReadRelationship).FirstOrDefault();
            switch (write.Operation)
            {
                case WriteOperation.CreateRelationship:
                    var found = (await Run(CypherWriteStatements.LockEnds, ends).ConfigureAwait(false)).Column("id").Select(e => e.GetString()).ToHashSet(StringComparer.Ordinal);
                    if (!found.Contains(from) || !found.Contains(to))
                    {
                        throw new GraphQueryException(ErrorCodes.NotFound, $"'{(found.Contains(from) ? to : from)}' does not exist.");
                    }

                    // Re-read under the ends' locks: a concurrent creator of the same relationship has committed or waits.
                    current ??= (await Run(CypherWriteStatements.LockRelationship(type), ends).ConfigureAwait(false)).Column("rel").Select(Neo4jRows.ReadRelationship).FirstOrDefault();
                    if (current is not null)
                    {
                        throw write.Exists(current.Version);
                    }

                    var created = write.Relationship! with { Version = 1 };
                    await Run(CypherWriteStatements.CreateRelationship(type), new(ends) { ["props"] = Props(created) }).ConfigureAwait(false);
                    (version, after) = (1, AuditJson.Of(created));
                    break;
                case WriteOperation.UpdateRelationship:
                    current = write.Expect(current);
                    var updated = write.Relationship! with { Version = current.Version + 1 };
                    await Run(CypherWriteStatements.UpdateRelationship(type), new(ends) { ["props"] = Props(updated), ["version"] = updated.Version }).ConfigureAwait(false);
                    (version, before, after) = (updated.Version, AuditJson.Of(current), AuditJson.Of(updated));
                    break;
                default:
                    current = write.Expect(current);
                    await Run(CypherWriteStatements.DeleteRelationship(type), ends).ConfigureAwait(false);
                    (version, before) = (current.Version, AuditJson.Of(current));
                    break;
            }
        }

        var at = DateTimeOffset.UtcNow;
        var audit = await Run(CypherWriteStatements.Audit, new()
        {
            ["at"] = at.ToString("O", CultureInfo.InvariantCulture),
            ["actor"] = write.Actor,
            ["operation"] = write.Operation.ToString(),
            ["targetId"] = write.TargetId,
            ["before"] = before,
            ["after"] = after,
        }).ConfigureAwait(false);
        var seq = audit.Column("seq").Single().GetInt64();
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new WriteResult(version, new AuditEntry(seq, at, write.Actor, write.Operation.ToString(), write.TargetId, before, after));
    }

    private static object Props(GraphRelationship rel) => ((IReadOnlyDictionary<string, object?>)Neo4jRows.RelationshipRow(rel))["props"]!;

    private static AuditEntry ReadAudit(JsonElement e) => new(
        e.GetProperty("seq").GetInt64(),
        DateTimeOffset.Parse(e.GetProperty("at").GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
        e.GetProperty("actor").GetString()!,
        e.GetProperty("operation").GetString()!,
        e.GetProperty("targetId").GetString()!,
        e.TryGetProperty("before", out var b) && b.ValueKind == JsonValueKind.String ? b.GetString() : null,
        e.TryGetProperty("after", out var a) && a.ValueKind == JsonValueKind.String ? a.GetString() : null);
}

using KnowledgeGraph.Graph;
using Xunit;

namespace KnowledgeGraph.Tests;

/// <summary>
/// Curator writes at the store: atomic, versioned, audited, refused on a stale version, an existing id, a missing
/// end or a cited source. One suite for every store: <see cref="SqliteWriteTests"/> and <see cref="Neo4jWriteTests"/>.
/// </summary>
public abstract class StoreWriteTests(StoreKind kind)
{
    private static readonly GraphNode Silica = new(
        "hazard:silica", "Hazard", "Crystalline silica", null, ["quartz"], new Dictionary<string, string> { ["category"] = "DUST" }, [new Evidence(SampleGraph.Source, "Silica.")]);

    private static GraphWrite Write(WriteOperation operation, string target, GraphNode? node = null, GraphRelationship? rel = null, long? expected = null) =>
        new(operation, target, node, rel, expected, "alice");

    [SkippableFact]
    public async Task Node_writes_bump_versions_and_are_audited_with_before_and_after()
    {
        await using var temp = await TestStore.CreateAsync(kind, SampleGraph.Build());
        var store = temp.Store;
        var revision = await store.GetRevisionAsync(CancellationToken.None);

        var created = await store.WriteAsync(Write(WriteOperation.CreateNode, Silica.Id, Silica), CancellationToken.None);
        var updated = await store.WriteAsync(Write(WriteOperation.UpdateNode, Silica.Id, Silica with { Name = "Silica dust" }, expected: 1), CancellationToken.None);
        var stale = await Assert.ThrowsAsync<GraphQueryException>(() => store.WriteAsync(Write(WriteOperation.UpdateNode, Silica.Id, Silica with { Name = "Lost" }, expected: 1), CancellationToken.None));
        var duplicate = await Assert.ThrowsAsync<GraphQueryException>(() => store.WriteAsync(Write(WriteOperation.CreateNode, Silica.Id, Silica), CancellationToken.None));

        Assert.Equal((1L, 2L), (created.Version, updated.Version));
        Assert.Equal((ErrorCodes.Conflict, ErrorCodes.Conflict), (stale.Code, duplicate.Code));
        var stored = (await store.GetNodesAsync([Silica.Id], CancellationToken.None)).Single();
        Assert.Equal(("Silica dust", 2L), (stored.Name, stored.Version));
        Assert.Equal(["quartz"], stored.Aliases);
        Assert.Equal(revision + 2, await store.GetRevisionAsync(CancellationToken.None));
        var audit = await store.GetAuditAsync(Silica.Id, 10, CancellationToken.None);
        Assert.Equal(["UpdateNode", "CreateNode"], audit.Select(a => a.Operation));
        Assert.Contains("Crystalline silica", audit[0].Before, StringComparison.Ordinal);
        Assert.Contains("Silica dust", audit[0].After, StringComparison.Ordinal);
        Assert.All(audit, a => Assert.Equal("alice", a.Actor));
        Assert.Contains(await store.SearchAsync("silica", null, 5, CancellationToken.None), h => h.NodeId == Silica.Id);
    }

    [SkippableFact]
    public async Task Relationship_writes_check_ends_and_versions_and_node_deletion_takes_them()
    {
        await using var temp = await TestStore.CreateAsync(kind, SampleGraph.Build());
        var store = temp.Store;
        var rel = new GraphRelationship("CAUSES", "hazard:dust", "disease:hearing-loss", new Dictionary<string, string>(), [new Evidence(SampleGraph.Source, "q")]);
        var dangling = rel with { To = "disease:nowhere" };

        var created = await store.WriteAsync(Write(WriteOperation.CreateRelationship, rel.Id, rel: rel), CancellationToken.None);
        var missing = await Assert.ThrowsAsync<GraphQueryException>(() => store.WriteAsync(Write(WriteOperation.CreateRelationship, dangling.Id, rel: dangling), CancellationToken.None));
        var updated = await store.WriteAsync(Write(WriteOperation.UpdateRelationship, rel.Id, rel: rel with { Evidence = [new Evidence(SampleGraph.Source, "q2")] }, expected: 1), CancellationToken.None);
        var cited = await Assert.ThrowsAsync<GraphQueryException>(() => store.WriteAsync(Write(WriteOperation.DeleteNode, SampleGraph.Source, expected: 1), CancellationToken.None));
        var dust = (await store.GetNodesAsync(["hazard:dust"], CancellationToken.None)).Single();
        await store.WriteAsync(Write(WriteOperation.DeleteNode, "hazard:dust", expected: dust.Version), CancellationToken.None);

        Assert.Equal((1L, 2L), (created.Version, updated.Version));
        Assert.Equal(ErrorCodes.NotFound, missing.Code);
        Assert.Equal(ErrorCodes.Conflict, cited.Code);
        Assert.Empty(await store.GetNodesAsync(["hazard:dust"], CancellationToken.None));
        Assert.Empty(await store.GetRelationshipsAsync(["hazard:dust"], null, Direction.Both, null, CancellationToken.None));
        Assert.Single(await store.GetNodesAsync([SampleGraph.Source], CancellationToken.None));
    }
}

/// <summary>The write suite on the embedded SQLite store.</summary>
public sealed class SqliteWriteTests() : StoreWriteTests(StoreKind.Sqlite);

/// <summary>The write suite on a real Neo4j (skipped, with the reason, when there is none).</summary>
[Collection(Neo4jServer.Collection)]
public sealed class Neo4jWriteTests() : StoreWriteTests(StoreKind.Neo4j);

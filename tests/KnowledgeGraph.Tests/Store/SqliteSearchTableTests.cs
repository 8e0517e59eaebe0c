using KnowledgeGraph.Graph;
using KnowledgeGraph.Store.Sqlite;
using Microsoft.Data.Sqlite;
using Xunit;

namespace KnowledgeGraph.Tests;

/// <summary>
/// A search row shares its node's rowid, so search must keep answering with the right node after curator writes
/// (including a new node taking a deleted node's rowid), after a diff import, and on a file of an older layout.
/// </summary>
public sealed class SqliteSearchTableTests
{
    private static readonly GraphNode Zirconium = Hazard("hazard:zirconium", "Zirconium fumes");
    private static readonly GraphNode Beryllium = Hazard("hazard:beryllium", "Beryllium fumes");

    private static GraphNode Hazard(string id, string name) =>
        new(id, "Hazard", name, null, [], new Dictionary<string, string> { ["category"] = "DUST" }, [new Evidence(SampleGraph.Source, name + ".")]);

    private static GraphWrite Write(WriteOperation operation, GraphNode node, long? expected = null) =>
        new(operation, node.Id, node, null, expected, "alice");

    private static async Task<IReadOnlyList<string>> FindAsync(IGraphStore store, string text) =>
        (await store.SearchAsync(text, null, 10, CancellationToken.None)).Select(h => h.NodeId).ToList();

    [Fact]
    public async Task Search_follows_creates_updates_and_deletes_even_when_a_rowid_is_reused()
    {
        await using var temp = await TempStore.CreateAsync(SampleGraph.Build());
        var store = temp.Store;
        var noise = (await store.GetNodesAsync(["hazard:noise"], CancellationToken.None)).Single();

        await store.WriteAsync(Write(WriteOperation.CreateNode, Zirconium), CancellationToken.None);
        Assert.Equal([Zirconium.Id], await FindAsync(store, "zirconium"));
        await store.WriteAsync(Write(WriteOperation.DeleteNode, Zirconium, expected: 1), CancellationToken.None);
        // The newest node's rowid is free again, so the next node takes it.
        await store.WriteAsync(Write(WriteOperation.CreateNode, Beryllium), CancellationToken.None);
        await store.WriteAsync(Write(WriteOperation.UpdateNode, noise with { Name = "Cochlear strain" }, expected: noise.Version), CancellationToken.None);

        Assert.Empty(await FindAsync(store, "zirconium"));
        var beryllium = (await store.SearchAsync("beryllium", null, 10, CancellationToken.None)).Single();
        Assert.Equal((Beryllium.Id, "[Beryllium] fumes"), (beryllium.NodeId, beryllium.Snippet));
        Assert.Equal(["hazard:noise"], await FindAsync(store, "cochlear strain"));
        // The old name may still be mentioned in its evidence, but no longer ranks as a name.
        Assert.All((await store.SearchAsync(noise.Name, null, 10, CancellationToken.None)).Where(h => h.NodeId == "hazard:noise"), h => Assert.True(h.Score < 100));
    }

    [Fact]
    public async Task Search_is_right_after_a_diff_import_that_follows_curator_writes()
    {
        var original = SampleGraph.Build();
        await using var temp = await TempStore.CreateAsync(original);
        await temp.Store.WriteAsync(Write(WriteOperation.CreateNode, Zirconium), CancellationToken.None);
        var rescue = (await temp.Store.GetNodesAsync(["topic:mine-rescue"], CancellationToken.None)).Single();
        await temp.Store.WriteAsync(Write(WriteOperation.DeleteNode, rescue, expected: rescue.Version), CancellationToken.None);

        // The dataset brings back the deleted node (under a new rowid), adds one and drops the curator's node.
        var dataset = new GraphDataset([.. original.Nodes, Beryllium], original.Relationships);
        await temp.Store.ImportAsync(dataset, "again", CancellationToken.None);

        Assert.Empty(await FindAsync(temp.Store, "zirconium"));
        Assert.Equal([Beryllium.Id], await FindAsync(temp.Store, "beryllium"));
        foreach (var node in dataset.Nodes)
        {
            Assert.Contains(node.Id, (await temp.Store.SearchAsync(node.Name, null, 100, CancellationToken.None)).Select(h => h.NodeId));
        }
    }

    [Fact]
    public async Task A_file_of_an_older_layout_is_dropped_and_searchable_once_seeded_again()
    {
        await using var temp = await TempStore.CreateAsync(SampleGraph.Build());
        temp.Store.Dispose();
        SqliteConnection.ClearAllPools();
        await using (var connection = new SqliteConnection($"Data Source={temp.Path}"))
        {
            await connection.OpenAsync();
            await using var downgrade = connection.CreateCommand();
            // The previous layout: the search table kept the node id in a column of its own.
            downgrade.CommandText =
                "DROP TABLE search; CREATE VIRTUAL TABLE search USING fts5(name, aliases, description, quotes, node_id UNINDEXED, label UNINDEXED); " +
                "INSERT INTO search (name, aliases, description, quotes, node_id, label) VALUES ('Zirconium fumes', '', '', '', 'hazard:zirconium', 'Hazard'); " +
                "UPDATE meta SET value = '2' WHERE key = 'schema_version';";
            await downgrade.ExecuteNonQueryAsync();
        }

        using var reopened = new SqliteGraphStore(new SqliteStoreOptions { Path = temp.Path });
        await reopened.InitializeAsync(CancellationToken.None);
        Assert.Null(await reopened.GetContentHashAsync(CancellationToken.None));
        await reopened.ImportAsync(SampleGraph.Build(), "test", CancellationToken.None);

        Assert.Empty(await FindAsync(reopened, "zirconium"));
        Assert.Equal("hazard:noise", (await reopened.SearchAsync("noise", null, 1, CancellationToken.None)).Single().NodeId);
    }
}

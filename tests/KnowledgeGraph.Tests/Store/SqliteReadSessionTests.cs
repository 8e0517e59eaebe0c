using KnowledgeGraph.Graph;
using KnowledgeGraph.Store.Sqlite;
using Xunit;

namespace KnowledgeGraph.Tests;

/// <summary>
/// The SQLite store keeps read connections open with their prepared statements: they must still see every change
/// committed by anyone, stay within their bound however many reads run at once, and close with the store.
/// </summary>
public sealed class SqliteReadSessionTests
{
    [Fact]
    public async Task Open_sessions_see_an_import_made_through_another_store_on_the_same_file()
    {
        var dataset = SampleGraph.Build();
        await using var temp = await TempStore.CreateAsync(dataset);
        var removed = dataset.Nodes[0].Id;
        // Prepares and keeps the statements these calls use.
        Assert.Single(await temp.Store.GetNodesAsync([removed], CancellationToken.None));
        var countBefore = await temp.Store.CountNodesAsync(dataset.Nodes[0].Label, null, CancellationToken.None);

        using (var other = new SqliteGraphStore(new SqliteStoreOptions { Path = temp.Path }))
        {
            var smaller = new GraphDataset(
                dataset.Nodes.Where(n => n.Id != removed).ToArray(),
                dataset.Relationships.Where(r => r.From != removed && r.To != removed).ToArray());
            await other.ImportAsync(smaller, "smaller", CancellationToken.None);
        }

        Assert.Empty(await temp.Store.GetNodesAsync([removed], CancellationToken.None));
        Assert.Equal(countBefore - 1, await temp.Store.CountNodesAsync(dataset.Nodes[0].Label, null, CancellationToken.None));
        Assert.Equal("smaller", await temp.Store.GetContentHashAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Reads_that_run_at_once_get_their_own_sessions_and_the_pool_keeps_a_bounded_number()
    {
        var dataset = SampleGraph.Build();
        await using var temp = await TempStore.CreateAsync(dataset);
        var ids = dataset.Nodes.Select(n => n.Id).ToArray();

        var answers = await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Task.Run(async () =>
        {
            var id = ids[i % ids.Length];
            var nodes = await temp.Store.GetNodesAsync([id], CancellationToken.None);
            var rels = await temp.Store.GetRelationshipsAsync([id], null, Direction.Both, null, CancellationToken.None);
            return (id, nodes, rels.Count);
        })));

        foreach (var (id, nodes, relCount) in answers)
        {
            Assert.Equal(id, Assert.Single(nodes).Id);
            Assert.Equal(dataset.Relationships.Count(r => r.From == id || r.To == id), relCount);
        }

        // Sessions, not file handles: SQLite holds on to a closed connection's handle while other connections of the
        // process lock the file, so handles outnumber sessions whenever more reads ran at once than the pool keeps.
        Assert.InRange(temp.Store.OpenReadSessions, 1, SqliteReadPool.MaxIdle);
    }

    [SkippableFact]
    public async Task Disposing_the_store_closes_its_connections()
    {
        await using var temp = await TempStore.CreateAsync(SampleGraph.Build());
        await temp.Store.GetStatisticsAsync(CancellationToken.None);
        Assert.True(OpenHandles(temp.Path) > 0);

        temp.Store.Dispose();

        Assert.Equal(0, OpenHandles(temp.Path));
    }

    // Open file descriptors of this process on the database file itself (not its -wal or -shm).
    private static int OpenHandles(string path)
    {
        Skip.IfNot(Directory.Exists("/proc/self/fd"), "Counting open files needs /proc (Linux).");
        var full = Path.GetFullPath(path);
        return new DirectoryInfo("/proc/self/fd").EnumerateFileSystemInfos()
            .Count(fd => fd.LinkTarget is { } target && target == full);
    }
}

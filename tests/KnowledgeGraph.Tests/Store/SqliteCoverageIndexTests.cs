using KnowledgeGraph.Graph;
using KnowledgeGraph.Store.Sqlite;
using Xunit;

namespace KnowledgeGraph.Tests;

/// <summary>
/// The SQLite store's in-memory coverage index: built once per state of the file, built again after any commit
/// (this store's or another's), never used when the graph outgrows it, and always answering as the statements do.
/// </summary>
public sealed class SqliteCoverageIndexTests
{
    private const string Target = "disease:pneumoconiosis";

    [Fact]
    public async Task It_is_built_once_per_state_of_the_file_and_again_after_an_import()
    {
        var dataset = SampleGraph.Build();
        await using var temp = await TempStore.CreateAsync(dataset);

        var first = await temp.Store.GetCoverageAsync([Target], null, CancellationToken.None);
        await temp.Store.GetCoverageAsync([Target], "DIALOGUE", CancellationToken.None);
        Assert.Equal(1, temp.Store.CoverageIndexBuilds);

        // Without the program that ADDRESSES it directly, that program no longer covers it.
        var direct = first.First(c => c.Direct).ProgramId;
        await temp.Store.ImportAsync(Without(dataset, r => r.Type == "ADDRESSES" && r.From == direct && r.To == Target), "changed", CancellationToken.None);
        var after = await temp.Store.GetCoverageAsync([Target], null, CancellationToken.None);

        Assert.Equal(2, temp.Store.CoverageIndexBuilds);
        Assert.DoesNotContain(after, c => c.ProgramId == direct && c.Direct);
    }

    [Fact]
    public async Task A_commit_by_another_store_on_the_file_is_seen()
    {
        var dataset = SampleGraph.Build();
        await using var temp = await TempStore.CreateAsync(dataset);
        var before = await temp.Store.GetCoverageAsync([Target], null, CancellationToken.None);
        Assert.NotEmpty(before);

        using (var other = new SqliteGraphStore(new SqliteStoreOptions { Path = temp.Path }))
        {
            await other.ImportAsync(Without(dataset, r => r.To == Target), "no coverage", CancellationToken.None);
        }

        Assert.Empty(await temp.Store.GetCoverageAsync([Target], null, CancellationToken.None));
        Assert.Equal(2, temp.Store.CoverageIndexBuilds);
    }

    [Fact]
    public async Task A_graph_larger_than_the_index_may_hold_is_walked_in_the_file_with_the_same_answer()
    {
        var dataset = SampleGraph.Build();
        await using var temp = await TempStore.CreateAsync(dataset);
        using var small = new SqliteGraphStore(new SqliteStoreOptions { Path = temp.Path, CoverageIndexMaxEdges = 1 });
        using var none = new SqliteGraphStore(new SqliteStoreOptions { Path = temp.Path, CoverageIndexMaxEdges = 0 });

        var indexed = await temp.Store.GetCoverageAsync([Target], null, CancellationToken.None);
        var tooLarge = await small.GetCoverageAsync([Target], null, CancellationToken.None);
        var statementsBefore = small.StatementCount;
        var again = await small.GetCoverageAsync([Target], null, CancellationToken.None);
        var walked = await none.GetCoverageAsync([Target], null, CancellationToken.None);

        Assert.Equal(1, small.CoverageIndexBuilds);
        Assert.Equal(0, none.CoverageIndexBuilds);
        Assert.True(small.StatementCount - statementsBefore > 2, "the search walked the file, a statement per level");
        Assert.All(new[] { tooLarge, again, walked }, answer => Assert.Equal(Describe(indexed), Describe(answer)));
    }

    [Fact]
    public async Task Outlines_are_the_same_programs_without_their_long_texts()
    {
        await using var temp = await TempStore.CreateAsync(SampleGraph.Build());

        var full = await temp.Store.GetCoverageAsync([Target], null, withSteps: true, programOutlines: false, CancellationToken.None);
        var outlines = await temp.Store.GetCoverageAsync([Target], null, withSteps: true, programOutlines: true, CancellationToken.None);

        Assert.Equal(Describe(full), Describe(outlines));
        Assert.All(full, c => Assert.False(c.Program!.IsOutline));
        Assert.All(outlines, c =>
        {
            Assert.True(c.Program!.IsOutline);
            Assert.Null(c.Program.Description);
            Assert.Empty(c.Program.Evidence);
        });
        Assert.Equal(full.Select(c => (c.Program!.Name, c.Program.Get("kind"), c.Program.Version)), outlines.Select(c => (c.Program!.Name, c.Program.Get("kind"), c.Program.Version)));
        Assert.Contains(full, c => c.Program!.Evidence.Count > 0);
    }

    [Fact]
    public async Task Outlines_from_the_index_are_those_the_file_gives_and_follow_a_change()
    {
        var dataset = SampleGraph.Build();
        await using var temp = await TempStore.CreateAsync(dataset);
        using var walked = new SqliteGraphStore(new SqliteStoreOptions { Path = temp.Path, CoverageIndexMaxEdges = 0 });

        Assert.Equal(await OutlinesAsync(walked), await OutlinesAsync(temp.Store));

        // A renamed program: the index is built again and answers with the new name, as the file does.
        var renamed = new GraphDataset(
            dataset.Nodes.Select(n => n.Id == "program:campaign" ? n with { Name = "Renamed campaign" } : n).ToArray(),
            dataset.Relationships);
        await temp.Store.ImportAsync(renamed, "renamed", CancellationToken.None);
        var after = await OutlinesAsync(temp.Store);

        Assert.Equal(await OutlinesAsync(walked), after);
        Assert.Contains(after, o => o.StartsWith("program:campaign Renamed campaign ", StringComparison.Ordinal));
    }

    private static async Task<List<string>> OutlinesAsync(SqliteGraphStore store) =>
        (await store.GetCoverageAsync([Target], null, withSteps: false, programOutlines: true, CancellationToken.None))
            .Select(c => $"{c.Program!.Id} {c.Program.Name} v{c.Program.Version} outline={c.Program.IsOutline} {string.Join(",", c.Program.Properties.Select(p => p.Key + "=" + p.Value))}")
            .ToList();

    private static GraphDataset Without(GraphDataset dataset, Func<GraphRelationship, bool> removed) =>
        new(dataset.Nodes, dataset.Relationships.Where(r => !removed(r)).ToArray());

    private static List<string> Describe(IEnumerable<Coverage> coverage) =>
        coverage.Select(c => $"{c.TargetId} <- {c.ProgramId} direct={c.Direct}: {string.Join(" ", c.Path.NodeIds)} via {string.Join(" ", c.Path.Steps.Select(s => s.Id))}").ToList();
}

using KnowledgeGraph.Graph;
using Xunit;

namespace KnowledgeGraph.Tests;

/// <summary>
/// Reads: batched lookups, neighbours, filters, keyset paging, search, paths and coverage. One suite for every
/// store: <see cref="SqliteQueryTests"/> and <see cref="Neo4jQueryTests"/> run it.
/// </summary>
public abstract class StoreQueryTests(StoreKind kind) : IAsyncLifetime
{
    private readonly GraphDataset _dataset = SampleGraph.Build();
    private InMemoryGraph _reference = null!;
    private TestStore _temp = null!;

    private IGraphStore Store => _temp.Store;

    public Task InitializeAsync()
    {
        _reference = new InMemoryGraph(_dataset);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (_temp is not null)
        {
            await _temp.DisposeAsync();
        }
    }

    // Inside the test, so a missing Neo4j server skips it with the reason.
    private async Task OpenAsync() => _temp ??= await TestStore.CreateAsync(kind, _dataset);

    [SkippableFact]
    public async Task Nodes_are_loaded_by_many_ids_in_one_statement()
    {
        await OpenAsync();
        var ids = _dataset.Nodes.Select(n => n.Id).Append("hazard:unknown").ToList();
        var before = _temp.StatementCount;

        var nodes = await Store.GetNodesAsync(ids, CancellationToken.None);

        Assert.Equal(1, _temp.StatementCount - before);
        Assert.Equal(_dataset.Nodes.Count, nodes.Count);
        Assert.Equal(
            _dataset.Nodes.Select(DatasetAssert.Canonical).Order(StringComparer.Ordinal),
            nodes.Select(DatasetAssert.Canonical).Order(StringComparer.Ordinal));
    }

    [SkippableTheory]
    [InlineData(null, Direction.Both, null)]
    [InlineData("PARTICIPATES_IN", Direction.Out, null)]
    [InlineData("PART_OF", Direction.In, "Event")]
    [InlineData("PART_OF", Direction.In, "Program")]
    [InlineData(null, Direction.In, null)]
    [InlineData("INVOLVES", Direction.Out, "Country")]
    public async Task Neighbours_of_many_nodes_come_in_one_statement_and_match_the_reference(string? type, Direction direction, string? otherLabel)
    {
        await OpenAsync();
        var ids = new[] { "program:dialogue", "agency:dol", "country:cn", "hazard:dust" };
        var before = _temp.StatementCount;

        var rels = await Store.GetRelationshipsAsync(ids, type, direction, otherLabel, CancellationToken.None);

        Assert.Equal(1, _temp.StatementCount - before);
        var expected = ids.SelectMany(id => _reference.Relationships(id, type, direction, otherLabel)).Select(r => r.Id).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(expected, rels.Select(r => r.Id).Order(StringComparer.Ordinal));
    }

    public static TheoryData<string, Filter?> Filters => new()
    {
        { "Program", null },
        { "Program", new PropertyFilter("kind", FilterOperator.Eq, "DIALOGUE") },
        { "Program", new PropertyFilter("startDate", FilterOperator.Gte, "2013") },
        { "Program", new PropertyFilter("startDate", FilterOperator.Eq, null) },
        { "Program", new PropertyFilter("startDate", FilterOperator.Neq, "2013") },
        { "Program", new PropertyFilter("name", FilterOperator.Contains, "DIALOGUE") },
        { "Program", new PropertyFilter("name", FilterOperator.NContains, "dialogue") },
        { "Program", new PropertyFilter("startDate", FilterOperator.StartsWith, "2012-") },
        { "Program", new PropertyFilter("kind", FilterOperator.In, null, ["PROJECT", "CAMPAIGN"]) },
        { "Program", new PropertyFilter("startDate", FilterOperator.Nin, null, ["2010", null]) },
        { "Program", new RelationFilter("INVOLVES", Direction.Out, "Country", Quantifier.Some, new PropertyFilter("id", FilterOperator.Eq, "country:cn")) },
        { "Program", new RelationFilter("INVOLVES", Direction.Out, "Country", Quantifier.All, new PropertyFilter("id", FilterOperator.Eq, "country:cn")) },
        { "Program", new RelationFilter("INVOLVES", Direction.Out, "Country", Quantifier.None, new PropertyFilter("id", FilterOperator.Eq, "country:us")) },
        { "Program", new RelationFilter("ADDRESSES", Direction.Out, "Hazard", Quantifier.Any, null, true) },
        { "Program", new RelationFilter("ADDRESSES", Direction.Out, "Hazard", Quantifier.Any, null, false) },
        { "Program", new AndFilter([
            new RelationFilter("INVOLVES", Direction.Out, "Country", Quantifier.Some, new PropertyFilter("id", FilterOperator.Eq, "country:cn")),
            new RelationFilter("ADDRESSES", Direction.Out, "Hazard", Quantifier.Some, new PropertyFilter("category", FilterOperator.Eq, "DUST"))]) },
        { "Program", new OrFilter([new PropertyFilter("kind", FilterOperator.Eq, "SERVICE"), new PropertyFilter("startDate", FilterOperator.Lt, "2011")]) },
        { "Program", new RelationFilter("PART_OF", Direction.In, "Event", Quantifier.Some,
            new RelationFilter("ATTENDED", Direction.In, "Person", Quantifier.Some, new PropertyFilter("name", FilterOperator.EndsWith, "Main"))) },
        // Selective conditions (id or name equalities) listed after less selective ones, and nested under others.
        { "Program", new AndFilter([
            new RelationFilter("ADDRESSES", Direction.Out, "Hazard", Quantifier.Some, new PropertyFilter("category", FilterOperator.Eq, "DUST")),
            new RelationFilter("INVOLVES", Direction.Out, "Country", Quantifier.Some, new PropertyFilter("id", FilterOperator.In, null, ["country:cn", "country:us"])),
            new RelationFilter("PART_OF", Direction.In, "Event", Quantifier.None, new PropertyFilter("name", FilterOperator.Contains, "session"))]) },
        { "Program", new RelationFilter("PART_OF", Direction.In, "Event", Quantifier.Some,
            new RelationFilter("ATTENDED", Direction.In, "Person", Quantifier.Some, new PropertyFilter("id", FilterOperator.Eq, "person:joseph-main"))) },
        { "Program", new OrFilter([
            new RelationFilter("INVOLVES", Direction.Out, "Country", Quantifier.Some, new PropertyFilter("name", FilterOperator.Eq, "China")),
            new RelationFilter("ADDRESSES", Direction.Out, "Hazard", Quantifier.All, new PropertyFilter("category", FilterOperator.Eq, "DUST"))]) },
        { "Agency", new AliasesFilter(Quantifier.Some, new PropertyFilter("value", FilterOperator.Eq, "USDOL")) },
        { "Agency", new AliasesFilter(Quantifier.All, new PropertyFilter("value", FilterOperator.StartsWith, "S")) },
        { "Hazard", new RelationFilter("CAUSES", Direction.Out, "Disease", Quantifier.Some, new PropertyFilter("icd10", FilterOperator.StartsWith, "J6")) },
    };

    [SkippableTheory]
    [MemberData(nameof(Filters))]
    public async Task Filters_and_counts_agree_with_the_reference_semantics(string label, Filter? filter)
    {
        await OpenAsync();
        var order = new[] { new SortKey("startDate", Descending: true), new SortKey("name") };
        var expected = _reference.Query(label, filter, order).Select(n => n.Id).ToList();

        var page = await Store.QueryNodesAsync(new NodeQuery(label, filter, order, new PageRequest(First: 100)), CancellationToken.None);
        var count = await Store.CountNodesAsync(label, filter, CancellationToken.None);

        Assert.Equal(expected, page.Items.Select(i => i.Node.Id));
        Assert.Equal(expected.Count, count);
        Assert.False(page.HasNextPage);
    }

    [SkippableTheory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Paging_forwards_and_backwards_agrees_with_the_unpaged_order(int size)
    {
        await OpenAsync();
        var order = new[] { new SortKey("startDate", Descending: true) };
        var all = _reference.Query("Program", null, order).Select(n => n.Id).ToList();

        var forwards = new List<string>();
        string? after = null;
        var pages = 0;
        while (true)
        {
            var page = await Store.QueryNodesAsync(new NodeQuery("Program", null, order, new PageRequest(First: size, After: after)), CancellationToken.None);
            Assert.Equal(pages > 0, page.HasPreviousPage);
            forwards.AddRange(page.Items.Select(i => i.Node.Id));
            pages++;
            if (!page.HasNextPage)
            {
                break;
            }

            after = page.Items[^1].Cursor;
        }

        Assert.Equal(all, forwards);

        var backwards = new List<string>();
        string? before = null;
        while (true)
        {
            var page = await Store.QueryNodesAsync(new NodeQuery("Program", null, order, new PageRequest(Last: size, Before: before)), CancellationToken.None);
            backwards.InsertRange(0, page.Items.Select(i => i.Node.Id));
            Assert.Equal(before is not null, page.HasNextPage);
            if (!page.HasPreviousPage)
            {
                break;
            }

            before = page.Items[0].Cursor;
        }

        Assert.Equal(all, backwards);
    }

    [SkippableFact]
    public async Task A_cursor_from_another_ordering_is_rejected_as_a_validation_error()
    {
        await OpenAsync();
        var page = await Store.QueryNodesAsync(new NodeQuery("Program", null, [], new PageRequest(First: 1)), CancellationToken.None);

        var error = await Assert.ThrowsAsync<GraphQueryException>(() => Store.QueryNodesAsync(
            new NodeQuery("Program", null, [new SortKey("name")], new PageRequest(First: 1, After: page.Items[0].Cursor)), CancellationToken.None));
        Assert.Equal(ErrorCodes.Validation, error.Code);
        await Assert.ThrowsAsync<GraphQueryException>(() => Store.QueryNodesAsync(
            new NodeQuery("Program", null, [], new PageRequest(First: 1, After: "not a cursor")), CancellationToken.None));
    }

    [SkippableFact]
    public async Task Search_ranks_a_name_or_alias_match_above_a_mention()
    {
        await OpenAsync();
        // "pneumoconiosis" is the disease's name and only a mention in the dialogue's description.
        var hits = await Store.SearchAsync("pneumoconiosis", null, 10, CancellationToken.None);

        Assert.Equal("disease:pneumoconiosis", hits[0].NodeId);
        Assert.Contains(hits, h => h.NodeId == "program:dialogue");
        Assert.True(hits[0].Score > hits.Single(h => h.NodeId == "program:dialogue").Score);
        Assert.Contains("[", hits[0].Snippet, StringComparison.Ordinal);

        var alias = await Store.SearchAsync("black lung", null, 10, CancellationToken.None);
        Assert.Equal("disease:pneumoconiosis", alias[0].NodeId);

        var typed = await Store.SearchAsync("dust", ["Program"], 10, CancellationToken.None);
        Assert.All(typed, h => Assert.StartsWith("program:", h.NodeId, StringComparison.Ordinal));
    }

    [SkippableTheory]
    [InlineData("dust")]
    [InlineData("pneumoconiosis")]
    [InlineData("mine safety")]
    [InlineData("program")]
    [InlineData("china")]
    public async Task A_short_search_page_is_the_head_of_a_long_one(string text)
    {
        await OpenAsync();
        var all = await Store.SearchAsync(text, null, 100, CancellationToken.None);

        foreach (var first in new[] { 1, 2, 3, 5 })
        {
            var head = await Store.SearchAsync(text, null, first, CancellationToken.None);
            Assert.Equal(all.Take(first), head);
        }

        var typed = await Store.SearchAsync(text, ["Program"], 100, CancellationToken.None);
        Assert.Equal(typed.Take(1), await Store.SearchAsync(text, ["Program"], 1, CancellationToken.None));
    }

    [SkippableTheory]
    [InlineData("\"")]
    [InlineData("dust\" OR \"")]
    [InlineData("NEAR(dust pneumoconiosis)")]
    [InlineData("*")]
    [InlineData("'; DROP TABLE nodes; --")]
    [InlineData("MATCH (n) DETACH DELETE n")]
    [InlineData("name:dust")]
    [InlineData("")]
    [InlineData("\0")]
    public async Task Search_treats_any_text_as_words(string text)
    {
        await OpenAsync();
        var hits = await Store.SearchAsync(text, null, 10, CancellationToken.None);

        Assert.NotNull(hits);
        Assert.Equal(_dataset.Nodes.Count, (await Store.GetStatisticsAsync(CancellationToken.None)).NodeCount);
    }

    [SkippableFact]
    public async Task Paths_are_the_shortest_in_any_direction_with_their_relationships()
    {
        await OpenAsync();
        var paths = await Store.FindPathsAsync("person:joseph-main", "hazard:dust", 6, 5, CancellationToken.None);

        var path = Assert.Single(paths);
        Assert.Equal(4, path.Length);
        Assert.Equal(["person:joseph-main", "event:2013-12-09-session", "program:dialogue", "program:dust-project", "hazard:dust"], path.NodeIds);
        Assert.Equal(["ATTENDED", "PART_OF", "PART_OF", "ADDRESSES"], path.Steps.Select(s => s.Type));
        Assert.Empty(await Store.FindPathsAsync("person:joseph-main", "hazard:dust", 3, 5, CancellationToken.None));

        // Two shortest paths: through the parent dialogue and through China.
        var two = await Store.FindPathsAsync("program:dust-project", "agency:saws", 4, 5, CancellationToken.None);
        Assert.Equal(2, two.Count);
        Assert.All(two, p => Assert.Equal(2, p.Length));
        Assert.Equal(["country:cn", "program:dialogue"], two.Select(p => p.NodeIds[1]).Order(StringComparer.Ordinal));
        Assert.Single(await Store.FindPathsAsync("program:dust-project", "agency:saws", 4, 1, CancellationToken.None));
    }

    [SkippableFact]
    public async Task Coverage_follows_the_four_rules_with_direct_first()
    {
        await OpenAsync();
        var coverage = await Store.GetCoverageAsync(["disease:pneumoconiosis"], null, CancellationToken.None);

        Assert.Equal(["program:campaign", "program:dust-project", "program:dialogue"], coverage.Select(c => c.ProgramId));
        Assert.True(coverage[0].Direct);
        Assert.False(coverage[1].Direct);
        Assert.Equal(["ADDRESSES", "CAUSES"], coverage[1].Path.Steps.Select(s => s.Type));
        Assert.Equal(["PART_OF", "ADDRESSES", "CAUSES"], coverage[2].Path.Steps.Select(s => s.Type));

        var dialogues = await Store.GetCoverageAsync(["disease:pneumoconiosis"], "DIALOGUE", CancellationToken.None);
        Assert.Equal("program:dialogue", Assert.Single(dialogues).ProgramId);

        // An event that COVERED a hazard causing the disease.
        var hearing = await Store.GetCoverageAsync(["disease:hearing-loss"], null, CancellationToken.None);
        var viaEvent = Assert.Single(hearing);
        Assert.Equal("program:labor-dialogue", viaEvent.ProgramId);
        Assert.Equal(["PART_OF", "COVERED", "CAUSES"], viaEvent.Path.Steps.Select(s => s.Type));
        Assert.Equal(["program:labor-dialogue", "event:2016-05-16-session", "hazard:noise", "disease:hearing-loss"], viaEvent.Path.NodeIds);
    }
}

/// <summary>The store suite on the embedded SQLite store.</summary>
public sealed class SqliteQueryTests() : StoreQueryTests(StoreKind.Sqlite);

/// <summary>The store suite on a real Neo4j (skipped, with the reason, when there is none).</summary>
[Collection(Neo4jServer.Collection)]
public sealed class Neo4jQueryTests() : StoreQueryTests(StoreKind.Neo4j);

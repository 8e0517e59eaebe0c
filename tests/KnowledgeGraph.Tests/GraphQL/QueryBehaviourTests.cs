using System.Text.Json;
using Xunit;

namespace KnowledgeGraph.Tests;

/// <summary>Paging, lookups, facts, search, paths, coverage and error codes through GraphQL, on the sample graph.</summary>
public sealed class QueryBehaviourTests(GraphQLSampleFixture fixture) : IClassFixture<GraphQLSampleFixture>
{
    private ApiFactory Api => fixture.Api;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public async Task Paging_forwards_and_backwards_agrees_with_an_unpaged_query(int size)
    {
        const string order = "order: [{ startDate: DESC }, { name: ASC }]";
        var all = (await Api.GraphQLAsync($"{{ programs({order}) {{ nodes {{ id }} }} }}")).Data().At("programs.nodes").Strings("id");

        var forwards = new List<string?>();
        string? after = null;
        while (true)
        {
            var afterArg = after is null ? string.Empty : $", after: \"{after}\"";
            var page = (await Api.GraphQLAsync($"{{ programs({order}, first: {size}{afterArg}) {{ totalCount edges {{ cursor node {{ id }} }} pageInfo {{ hasNextPage hasPreviousPage endCursor }} }} }}")).Data().At("programs");
            Assert.Equal(all.Count, page.At("totalCount").GetInt32());
            forwards.AddRange(page.At("edges").EnumerateArray().Select(e => e.At("node.id").GetString()));
            Assert.Equal(after is not null, page.At("pageInfo.hasPreviousPage").GetBoolean());
            if (!page.At("pageInfo.hasNextPage").GetBoolean())
            {
                break;
            }

            after = page.At("pageInfo.endCursor").GetString();
        }

        var backwards = new List<string?>();
        string? before = null;
        while (true)
        {
            var beforeArg = before is null ? string.Empty : $", before: \"{before}\"";
            var page = (await Api.GraphQLAsync($"{{ programs({order}, last: {size}{beforeArg}) {{ nodes {{ id }} pageInfo {{ hasNextPage hasPreviousPage startCursor }} }} }}")).Data().At("programs");
            backwards.InsertRange(0, page.At("nodes").Strings("id"));
            if (!page.At("pageInfo.hasPreviousPage").GetBoolean())
            {
                break;
            }

            before = page.At("pageInfo.startCursor").GetString();
        }

        Assert.Equal(all, forwards);
        Assert.Equal(all, backwards);
    }

    [Fact]
    public async Task Lookups_return_the_typed_node_and_node_returns_any_label()
    {
        var data = (await Api.GraphQLAsync("""
            {
              disease(id: "disease:pneumoconiosis") { name icd10 aliases causedBy { id } }
              node(id: "agency:dol") { __typename ... on Agency { acronym country { id } } }
            }
            """)).Data();

        Assert.Equal("J60-J65", data.At("disease.icd10").GetString());
        Assert.Equal("hazard:dust", data.At("disease.causedBy.0.id").GetString());
        Assert.Equal("Agency", data.At("node.__typename").GetString());
        Assert.Equal("country:us", data.At("node.country.id").GetString());
    }

    [Fact]
    public async Task Facts_carry_type_direction_role_other_end_and_evidence()
    {
        var data = (await Api.GraphQLAsync("""
            { program(id: "program:dialogue") { facts(type: "PARTICIPATES_IN", direction: IN) { type direction role other { id } evidence { source { id } quote } } } }
            """)).Data();

        var facts = data.At("program.facts").EnumerateArray().ToList();
        Assert.Equal(2, facts.Count);
        Assert.All(facts, f => Assert.Equal("IN", f.At("direction").GetString()));
        Assert.Equal(["LEAD", "PARTNER"], facts.Select(f => f.At("role").GetString()).Order());
        Assert.Equal(SampleGraph.Source, facts[0].At("evidence.0.source.id").GetString());
    }

    [Fact]
    public async Task Search_ranks_names_first_and_is_safe_for_any_text()
    {
        var data = (await Api.GraphQLAsync("""
            {
              hits: search(text: "pneumoconiosis") { entity { id } score snippet }
              typed: search(text: "dialogue", types: [PROGRAM], first: 1) { entity { __typename } }
              hostile: search(text: "\") OR 1=1; DROP TABLE nodes; -- NEAR( * MATCH (n) DETACH DELETE n") { entity { id } }
            }
            """)).Data();

        Assert.Equal("disease:pneumoconiosis", data.At("hits.0.entity.id").GetString());
        Assert.Contains("[", data.At("hits.0.snippet").GetString(), StringComparison.Ordinal);
        Assert.Equal("Program", data.At("typed.0.entity.__typename").GetString());
        Assert.Equal(JsonValueKind.Array, data.At("hostile").ValueKind);
        Assert.Equal(18, (await Api.Store.GetStatisticsAsync(CancellationToken.None)).NodeCount);
    }

    [Fact]
    public async Task Coverage_brings_its_programs_so_their_fields_cost_no_statement()
    {
        async Task<(long Statements, JsonElement Data)> RunAsync(string selection)
        {
            var before = Api.Store.StatementCount;
            var data = (await Api.GraphQLAsync($$"""{ disease(id: "disease:pneumoconiosis") { coveredBy { {{selection}} } } }""")).Data();
            return (Api.Store.StatementCount - before, data);
        }

        // The first coverage read after a change builds the store's coverage index (one statement more).
        await RunAsync("direct");
        var bare = await RunAsync("direct");
        var named = await RunAsync("direct program { id name kind startDate }");

        Assert.Equal(bare.Statements, named.Statements);
        var programs = named.Data.At("disease.coveredBy").EnumerateArray().Select(c => c.At("program.name").GetString()).ToList();
        Assert.NotEmpty(programs);
        Assert.All(programs, name => Assert.False(string.IsNullOrEmpty(name)));
    }

    [Fact]
    public async Task Coverage_without_steps_reads_no_relationships_and_keeps_its_lengths()
    {
        async Task<(long Statements, JsonElement Data)> RunAsync(string query)
        {
            var before = Api.Store.StatementCount;
            var data = (await Api.GraphQLAsync(query)).Data();
            return (Api.Store.StatementCount - before, data);
        }

        await RunAsync("""{ disease(id: "disease:pneumoconiosis") { coveredBy { direct } } }""");
        var lengths = await RunAsync("""{ disease(id: "disease:pneumoconiosis") { coveredBy { program { id } path { length } } } }""");
        // Steps asked for through a fragment still come, and the relationships are read once more for them.
        var steps = await RunAsync("""
            { disease(id: "disease:pneumoconiosis") { coveredBy { program { id } path { ...P } } } }
            fragment P on Path { length steps { type } }
            """);

        Assert.Equal(lengths.Statements + 1, steps.Statements);
        var withSteps = steps.Data.At("disease.coveredBy").EnumerateArray().ToList();
        Assert.Equal(withSteps.Select(c => c.At("program.id").GetString()), lengths.Data.At("disease.coveredBy").EnumerateArray().Select(c => c.At("program.id").GetString()));
        Assert.Equal(withSteps.Select(c => c.At("path.steps").GetArrayLength()), lengths.Data.At("disease.coveredBy").EnumerateArray().Select(c => c.At("path.length").GetInt32()));
    }

    [Fact]
    public async Task Coverage_programs_keep_their_long_texts_for_any_document_that_selects_them()
    {
        var names = (await Api.GraphQLAsync("""{ disease(id: "disease:pneumoconiosis") { coveredBy { program { id name kind version } } } }""")).Data();
        // Selected through a fragment, or on another node the coverage also reads: every program is whole.
        var texts = (await Api.GraphQLAsync("""
            {
              disease(id: "disease:pneumoconiosis") { coveredBy { program { id name kind version ...T } } }
              program(id: "program:dialogue") { description }
            }
            fragment T on Program { description evidence { quote } }
            """)).Data();

        var outlined = names.At("disease.coveredBy").EnumerateArray().Select(c => c.At("program").GetRawText()).ToList();
        var whole = texts.At("disease.coveredBy").EnumerateArray().ToList();
        Assert.Equal(outlined.Count, whole.Count);
        Assert.Equal(
            outlined,
            whole.Select(c => $$"""{"id":{{c.At("program.id").GetRawText()}},"name":{{c.At("program.name").GetRawText()}},"kind":{{c.At("program.kind").GetRawText()}},"version":{{c.At("program.version").GetRawText()}}}"""));
        Assert.Equal("A dialogue on pneumoconiosis and other matters.", texts.At("program.description").GetString());
        var dialogue = whole.Single(c => c.At("program.id").GetString() == "program:dialogue");
        Assert.Equal("A dialogue on pneumoconiosis and other matters.", dialogue.At("program.description").GetString());
        Assert.NotEmpty(dialogue.At("program.evidence").EnumerateArray());
    }

    [Fact]
    public async Task Paths_and_coverage_explain_themselves_with_evidence()
    {
        var data = (await Api.GraphQLAsync("""
            {
              paths(from: "person:joseph-main", to: "hazard:dust") { length steps { from { id } type to { id } reversed evidence { quote } } }
              disease(id: "disease:pneumoconiosis") {
                all: coveredBy { direct program { id } path { length } }
                dialogues: coveredBy(kind: DIALOGUE) { direct program { id } path { steps { from { id } type to { id } evidence { quote } } } }
              }
            }
            """)).Data();

        Assert.Equal(4, data.At("paths.0.length").GetInt32());
        Assert.True(data.At("paths.0.steps.2.reversed").GetBoolean());
        Assert.Equal(["program:campaign", "program:dust-project", "program:dialogue"], data.At("disease.all").EnumerateArray().Select(c => c.At("program.id").GetString()));
        Assert.True(data.At("disease.all.0.direct").GetBoolean());
        var dialogue = data.At("disease.dialogues.0");
        Assert.False(dialogue.At("direct").GetBoolean());
        Assert.Equal(["PART_OF", "ADDRESSES", "CAUSES"], dialogue.At("path.steps").Strings("type"));
        Assert.All(dialogue.At("path.steps").EnumerateArray(), s => Assert.NotEmpty(s.At("evidence").EnumerateArray()));
    }

    [Theory]
    [InlineData("{ programs { nodes { nope } } }", "VALIDATION")]
    [InlineData("{ programs(", "VALIDATION")]
    [InlineData("{ programs(first: 0) { totalCount } }", "VALIDATION")]
    [InlineData("{ programs(first: 101) { totalCount } }", "VALIDATION")]
    [InlineData("{ programs(after: \"bogus\") { totalCount } }", "VALIDATION")]
    [InlineData("{ programs(where: { kind: { eq: NOT_A_KIND } }) { totalCount } }", "VALIDATION")]
    [InlineData("{ disease(id: \"disease:unknown\") { name } }", "NOT_FOUND")]
    [InlineData("{ disease(id: \"hazard:dust\") { name } }", "NOT_FOUND")]
    [InlineData("{ node(id: \"not an id\") { id } }", "NOT_FOUND")]
    [InlineData("{ paths(from: \"hazard:dust\", to: \"disease:nope\") { length } }", "NOT_FOUND")]
    [InlineData("{ paths(from: \"hazard:dust\", to: \"country:cn\", maxLength: 7) { length } }", "VALIDATION")]
    [InlineData("{ search(text: \"dust\", first: -1) { score } }", "VALIDATION")]
    public async Task Errors_carry_a_contract_code_and_no_stack_trace(string query, string code)
    {
        var response = await Api.GraphQLAsync(query);

        Assert.Equal(code, Assert.Single(response.ErrorCodes()));
        Assert.DoesNotContain("   at ", response.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Store_round_trips_are_bounded_by_depth_not_by_results()
    {
        const string query = """
            query($n: Int) {
              programs(first: $n) {
                nodes {
                  name
                  agencies { name country { name } }
                  hazards { name causes { name } }
                  events { name people { name } }
                  evidence { source { title } }
                }
              }
            }
            """;
        var counts = new List<long>();
        foreach (var n in new[] { 4, 100 })
        {
            var before = Api.Store.StatementCount;
            (await Api.GraphQLAsync(query, new { n })).Data();
            counts.Add(Api.Store.StatementCount - before);
        }

        // One statement for the page, then per relationship field one for the relationships and one for their
        // nodes, and one for the evidence sources: 1 + 2 * 6 + 1, however many programs there are.
        Assert.All(counts, c => Assert.Equal(counts[0], c));
        Assert.True(counts[0] <= 14, $"statements per request: {counts[0]}");
    }
}

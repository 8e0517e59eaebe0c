using System.Net;
using System.Text.Json;
using KnowledgeGraph.Api;
using KnowledgeGraph.Graph;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace KnowledgeGraph.Tests;

/// <summary>The service index, entities, neighbours, coverage, search, paths and statistics over the sample graph.</summary>
public sealed class RestEntityTests(GraphQLSampleFixture fixture) : IClassFixture<GraphQLSampleFixture>
{
    private HttpClient Client { get; } = fixture.Api.CreateClient();

    [Fact]
    public async Task The_service_index_counts_the_graph_and_links_every_collection()
    {
        var index = await Client.GetOkAsync("/api/v1");
        var sample = SampleGraph.Build();
        Assert.Equal(sample.Nodes.Count, index.GetProperty("nodes").GetInt64());
        Assert.Equal(sample.Relationships.Count, index.GetProperty("relationships").GetInt64());
        foreach (var label in Ontology.Labels)
        {
            Assert.Equal("/api/v1/" + label.Plural, index.GetProperty("links").GetProperty(label.Plural).GetString());
        }
    }

    [Fact]
    public async Task An_entity_is_found_by_id_with_its_evidence()
    {
        var entity = await Client.GetOkAsync("/api/v1/entities/disease:pneumoconiosis");
        Assert.Equal("Disease", entity.GetProperty("label").GetString());
        Assert.Equal("Pneumoconiosis", entity.GetProperty("name").GetString());
        Assert.Equal("J60-J65", entity.GetProperty("properties").GetProperty("icd10").GetString());
        Assert.Equal(["black lung"], entity.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(SampleGraph.Source, entity.GetProperty("evidence")[0].GetProperty("source").GetString());
    }

    [Theory]
    [InlineData("/api/v1/entities/disease:nothing")]
    [InlineData("/api/v1/entities/nothing-at-all")]
    [InlineData("/api/v1/entities/disease:nothing/neighbours")]
    [InlineData("/api/v1/entities/disease:nothing/coverage")]
    public async Task An_unknown_id_is_a_404_problem(string url)
    {
        var problem = await Client.GetProblemAsync(url, HttpStatusCode.NotFound, "id");
        Assert.Equal(ErrorCodes.NotFound, problem.GetProperty("code").GetString());
        Assert.Contains("has the id", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Neighbours_list_relationships_with_direction_evidence_and_the_other_node()
    {
        var all = await Client.GetOkAsync("/api/v1/entities/program:dialogue/neighbours");
        var items = all.GetProperty("items").EnumerateArray().ToList();
        var expected = SampleGraph.Build().Relationships.Count(r => r.From == "program:dialogue" || r.To == "program:dialogue");
        Assert.Equal(expected, items.Count);
        var lead = items.Single(i => i.GetProperty("node").GetProperty("id").GetString() == "agency:dol");
        Assert.Equal("PARTICIPATES_IN", lead.GetProperty("type").GetString());
        Assert.Equal("IN", lead.GetProperty("direction").GetString());
        Assert.Equal("LEAD", lead.GetProperty("properties").GetProperty("role").GetString());
        Assert.Equal("agency:dol PARTICIPATES_IN program:dialogue", lead.GetProperty("evidence")[0].GetProperty("quote").GetString());

        var outgoing = await Client.GetOkAsync("/api/v1/entities/program:dialogue/neighbours?direction=out");
        Assert.All(outgoing.GetProperty("items").EnumerateArray(), i => Assert.Equal("OUT", i.GetProperty("direction").GetString()));
        Assert.Equal(["country:cn", "country:us"], outgoing.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("node").GetProperty("id").GetString()).Order(StringComparer.Ordinal));

        var typed = await Client.GetOkAsync("/api/v1/entities/program:dialogue/neighbours?type=PARTICIPATES_IN&direction=in");
        Assert.Equal(2, typed.GetProperty("items").GetArrayLength());
    }

    [Theory]
    [InlineData("/api/v1/entities/program:dialogue/neighbours?type=FRIEND_OF", "type", "not a relationship type")]
    [InlineData("/api/v1/entities/program:dialogue/neighbours?direction=sideways", "direction", "out, in, both")]
    [InlineData("/api/v1/entities/program:dialogue/coverage", "id", "diseases and hazards")]
    [InlineData("/api/v1/entities/disease:pneumoconiosis/coverage?kind=PARTY", "kind", "DIALOGUE")]
    [InlineData("/api/v1/search", "q", "required")]
    [InlineData("/api/v1/search?q=dust&types=Planet", "types", "not a label")]
    [InlineData("/api/v1/search?q=dust&limit=0", "limit", "between 1 and 100")]
    [InlineData("/api/v1/paths?to=hazard:dust", "from", "required")]
    [InlineData("/api/v1/paths?from=agency:dol", "to", "required")]
    [InlineData("/api/v1/paths?from=agency:dol&to=hazard:dust&maxLength=9", "maxLength", "between 1 and 6")]
    [InlineData("/api/v1/paths?from=agency:dol&to=hazard:dust&limit=x", "limit", "x")]
    [InlineData("/api/v1/export?format=pdf", "format", "json, csv, graphml, cypher")]
    public async Task A_bad_parameter_is_a_400_problem_naming_it_and_why(string url, string parameter, string why)
    {
        var problem = await Client.GetProblemAsync(url, HttpStatusCode.BadRequest, parameter);
        Assert.Contains(why, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_end_of_a_path_is_a_404_naming_it()
    {
        await Client.GetProblemAsync("/api/v1/paths?from=agency:nobody&to=hazard:dust", HttpStatusCode.NotFound, "from");
        await Client.GetProblemAsync("/api/v1/paths?from=agency:dol&to=hazard:nothing", HttpStatusCode.NotFound, "to");
    }

    [Fact]
    public async Task Coverage_lists_direct_programs_first_then_by_path_length_as_GraphQL_does()
    {
        var coverage = await Client.GetOkAsync("/api/v1/entities/disease:pneumoconiosis/coverage");
        var items = coverage.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["program:campaign", "program:dust-project", "program:dialogue"], items.Select(i => i.GetProperty("program").GetProperty("id").GetString()));
        Assert.True(items[0].GetProperty("direct").GetBoolean());
        Assert.False(items[1].GetProperty("direct").GetBoolean());
        Assert.Equal(2, items[1].GetProperty("length").GetInt32());
        var steps = items[1].GetProperty("steps").EnumerateArray().Select(s => $"{s.GetProperty("from").GetProperty("id")} {s.GetProperty("type")} {s.GetProperty("to").GetProperty("id")}");
        Assert.Equal(["program:dust-project ADDRESSES hazard:dust", "hazard:dust CAUSES disease:pneumoconiosis"], steps);

        var graphql = await fixture.Api.GraphQLAsync("""{ disease(id: "disease:pneumoconiosis") { coveredBy { program { id } } } }""");
        Assert.Equal(
            graphql.Data().At("disease.coveredBy").EnumerateArray().Select(c => c.GetProperty("program").GetProperty("id").GetString()),
            items.Select(i => i.GetProperty("program").GetProperty("id").GetString()));

        var dialogues = await Client.GetOkAsync("/api/v1/entities/disease:pneumoconiosis/coverage?kind=dialogue");
        Assert.Equal(["program:dialogue"], dialogues.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("program").GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Search_ranks_a_name_or_alias_match_first_and_filters_by_type()
    {
        var hits = await Client.GetOkAsync("/api/v1/search?q=pneumoconiosis");
        var ids = hits.GetProperty("items").EnumerateArray().Select(h => h.GetProperty("entity").GetProperty("id").GetString()).ToList();
        Assert.Equal("pneumoconiosis", hits.GetProperty("query").GetString());
        Assert.Contains("program:dialogue", ids); // a mention in its description
        Assert.True(ids.IndexOf("disease:pneumoconiosis") < ids.IndexOf("program:dialogue"));

        var programs = await Client.GetOkAsync("/api/v1/search?q=pneumoconiosis&types=programs");
        Assert.All(programs.GetProperty("items").EnumerateArray(), h => Assert.Equal("Program", h.GetProperty("entity").GetProperty("label").GetString()));

        var odd = await Client.GetOkAsync("/api/v1/search?q=" + Uri.EscapeDataString("\"dust\" OR *) NEAR("));
        Assert.Equal(JsonValueKind.Array, odd.GetProperty("items").ValueKind);
    }

    [Fact]
    public async Task Paths_walk_relationships_either_way_and_keep_each_true_direction()
    {
        var paths = await Client.GetOkAsync("/api/v1/paths?from=agency:dol&to=hazard:dust");
        var first = paths.GetProperty("items")[0];
        Assert.Equal(3, first.GetProperty("length").GetInt32());
        Assert.Equal(["agency:dol", "program:dialogue", "program:dust-project", "hazard:dust"], first.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()));
        var partOf = first.GetProperty("steps")[1];
        Assert.Equal("program:dust-project", partOf.GetProperty("from").GetProperty("id").GetString());
        Assert.Equal("PART_OF", partOf.GetProperty("type").GetString());

        var tooShort = await Client.GetOkAsync("/api/v1/paths?from=agency:dol&to=hazard:dust&maxLength=2");
        Assert.Equal(0, tooShort.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Statistics_give_what_a_dashboard_charts()
    {
        var stats = await Client.GetOkAsync("/api/v1/stats");
        var sample = SampleGraph.Build();
        Assert.Equal(sample.Nodes.Count, stats.GetProperty("nodes").GetInt64());
        Assert.Equal(5, stats.GetProperty("nodesByLabel").GetProperty("Program").GetInt64());
        Assert.Equal(4, stats.GetProperty("relationshipsByType").GetProperty("INVOLVES").GetInt64());
        Assert.Equal(
            ["2010:1", "2012:1", "2013:1", "2022:1"],
            stats.GetProperty("programsPerYear").EnumerateArray().Select(y => $"{y.GetProperty("year").GetString()}:{y.GetProperty("count").GetInt64()}"));
        Assert.Equal(
            ["2013:1", "2016:1"],
            stats.GetProperty("eventsPerYear").EnumerateArray().Select(y => $"{y.GetProperty("year").GetString()}:{y.GetProperty("count").GetInt64()}"));
        Assert.Equal(0, stats.GetProperty("eventsPerCountry").GetArrayLength()); // no HELD_IN in the sample

        var diseases = stats.GetProperty("diseasesByPrograms").EnumerateArray().ToList();
        Assert.Equal("disease:pneumoconiosis", diseases[0].GetProperty("id").GetString());
        Assert.Equal(3, diseases[0].GetProperty("programs").GetInt64());
        Assert.Equal(1, diseases[0].GetProperty("directPrograms").GetInt64());
        Assert.Equal("disease:hearing-loss", diseases[1].GetProperty("id").GetString());
        Assert.Equal(1, diseases[1].GetProperty("programs").GetInt64());

        var hazards = stats.GetProperty("hazardsByPrograms").EnumerateArray().ToList();
        Assert.Equal(["hazard:dust:2", "hazard:noise:1"], hazards.Select(h => $"{h.GetProperty("id").GetString()}:{h.GetProperty("programs").GetInt64()}"));

        var evidence = Assert.Single(stats.GetProperty("evidenceBySource").EnumerateArray());
        Assert.Equal(SampleGraph.Source, evidence.GetProperty("id").GetString());
        Assert.Equal(sample.Nodes.Sum(n => n.Evidence.Count) + sample.Relationships.Sum(r => r.Evidence.Count), evidence.GetProperty("count").GetInt64());
    }

    [Fact]
    public async Task Statistics_are_computed_once_per_dataset_content()
    {
        var service = fixture.Api.Services.GetRequiredService<StatisticsService>();
        var first = await service.GetAsync(CancellationToken.None);
        var second = await service.GetAsync(CancellationToken.None);
        Assert.Same(first, second);
        Assert.Equal(await fixture.Api.Store.GetContentHashAsync(CancellationToken.None), first.ContentHash);
    }
}

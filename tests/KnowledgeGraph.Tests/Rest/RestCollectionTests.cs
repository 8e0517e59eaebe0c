using System.Net;
using KnowledgeGraph.Graph;
using Xunit;

namespace KnowledgeGraph.Tests;

/// <summary><c>/api/v1/{collection}</c> over the sample graph: filters, sorting, cursors, totals and bad parameters.</summary>
public sealed class RestCollectionTests(GraphQLSampleFixture fixture) : IClassFixture<GraphQLSampleFixture>
{
    private HttpClient Client { get; } = fixture.Api.CreateClient();

    [Fact]
    public async Task Every_collection_of_the_contract_lists_its_label()
    {
        var sample = SampleGraph.Build();
        foreach (var label in Ontology.Labels)
        {
            var page = await Client.GetOkAsync($"/api/v1/{label.Plural}?limit=100");
            var expected = sample.Nodes.Where(n => n.Label == label.Name).Select(n => n.Id).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(expected, page.Ids().Order(StringComparer.Ordinal).ToList());
            Assert.Equal(expected.Count, page.GetProperty("total").GetInt64());
            Assert.All(page.GetProperty("items").EnumerateArray(), i => Assert.Equal(label.Name, i.GetProperty("label").GetString()));
        }
    }

    [Fact]
    public async Task An_entity_has_its_properties_aliases_and_evidence()
    {
        var page = await Client.GetOkAsync("/api/v1/hazards?q=dust");
        var dust = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal("hazard:dust", dust.GetProperty("id").GetString());
        Assert.Equal("DUST", dust.GetProperty("properties").GetProperty("category").GetString());
        Assert.Equal("dust", dust.GetProperty("aliases")[0].GetString());
        Assert.Equal(SampleGraph.Source, dust.GetProperty("evidence")[0].GetProperty("source").GetString());
        Assert.Equal("Workplace dust control is a priority.", dust.GetProperty("evidence")[0].GetProperty("quote").GetString());
    }

    [Theory]
    [InlineData("/api/v1/programs?q=DIALOGUE", "program:dialogue,program:labor-dialogue")]
    [InlineData("/api/v1/programs?kind=dialogue", "program:dialogue,program:labor-dialogue")]
    [InlineData("/api/v1/hazards?category=PHYSICAL", "hazard:noise")]
    [InlineData("/api/v1/programs?country=country:cn", "program:campaign,program:dialogue,program:dust-project")]
    [InlineData("/api/v1/programs?country=us", "program:dialogue")]
    [InlineData("/api/v1/agencies?country=country:cn", "agency:saws")]
    [InlineData("/api/v1/programs?from=2012&to=2013", "program:dialogue,program:dust-project")]
    [InlineData("/api/v1/programs?to=2013", "program:dialogue,program:dust-project,program:labor-dialogue")]
    [InlineData("/api/v1/events?from=2014", "event:2016-05-16-session")]
    [InlineData("/api/v1/programs?kind=DIALOGUE&country=country:cn&from=2011", "program:dialogue")]
    public async Task Filters_select_the_right_entities(string url, string expected)
    {
        var page = await Client.GetOkAsync(url);
        Assert.Equal(expected.Split(','), page.Ids().Order(StringComparer.Ordinal));
        Assert.Equal(expected.Split(',').Length, page.GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task Sort_takes_several_keys_and_descending_ones()
    {
        var page = await Client.GetOkAsync("/api/v1/programs?sort=-startDate,name");
        Assert.Equal(["program:campaign", "program:dust-project", "program:dialogue", "program:labor-dialogue", "program:no-date"], page.Ids());
        var byKind = await Client.GetOkAsync("/api/v1/programs?sort=kind,-name");
        Assert.Equal(["program:campaign", "program:dialogue", "program:labor-dialogue", "program:dust-project", "program:no-date"], byKind.Ids());
    }

    [Fact]
    public async Task Cursors_page_through_everything_once_and_the_total_counts_all_pages()
    {
        var seen = new List<string>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await Client.GetOkAsync("/api/v1/programs?limit=2&sort=-startDate" + (cursor is null ? string.Empty : "&cursor=" + cursor));
            Assert.Equal(5, page.GetProperty("total").GetInt64());
            seen.AddRange(page.Ids());
            cursor = page.GetProperty("nextCursor").GetString();
            pages++;
        }
        while (cursor is not null);

        Assert.Equal(3, pages);
        Assert.Equal(["program:campaign", "program:dust-project", "program:dialogue", "program:labor-dialogue", "program:no-date"], seen);
    }

    [Fact]
    public async Task The_default_page_is_20_and_a_short_list_has_no_next_cursor()
    {
        var page = await Client.GetOkAsync("/api/v1/countries");
        Assert.Equal(2, page.GetProperty("items").GetArrayLength());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, page.GetProperty("nextCursor").ValueKind);
    }

    [Fact]
    public async Task Rest_and_GraphQL_count_the_same_matches()
    {
        var rest = await Client.GetOkAsync("/api/v1/programs?q=dialogue&country=country:cn");
        var graphql = await fixture.Api.GraphQLAsync("""{ programs(where: { name: { contains: "dialogue" }, countries: { some: { id: { eq: "country:cn" } } } }) { totalCount } }""");
        Assert.Equal(graphql.Data().At("programs.totalCount").GetInt64(), rest.GetProperty("total").GetInt64());
    }

    [Theory]
    [InlineData("/api/v1/programs?limit=0", "limit", "between 1 and 100")]
    [InlineData("/api/v1/programs?limit=101", "limit", "between 1 and 100")]
    [InlineData("/api/v1/programs?limit=abc", "limit", "abc")]
    [InlineData("/api/v1/programs?kind=MEETING", "kind", "DIALOGUE")]
    [InlineData("/api/v1/diseases?kind=DIALOGUE", "kind", "cannot be filtered by kind")]
    [InlineData("/api/v1/topics?country=country:cn", "country", "cannot be filtered by country")]
    [InlineData("/api/v1/hazards?category=LOUD", "category", "DUST")]
    [InlineData("/api/v1/programs?country=china", "country", "country id")]
    [InlineData("/api/v1/programs?from=2013-13", "from", "ISO 8601")]
    [InlineData("/api/v1/events?to=yesterday", "to", "ISO 8601")]
    [InlineData("/api/v1/programs?sort=colour", "sort", "not a sort key")]
    [InlineData("/api/v1/programs?sort=name,-name", "sort", "twice")]
    [InlineData("/api/v1/programs?cursor=not-a-cursor", "cursor", "nextCursor")]
    public async Task A_bad_parameter_is_a_400_problem_naming_it_and_why(string url, string parameter, string why)
    {
        var problem = await Client.GetProblemAsync(url, HttpStatusCode.BadRequest, parameter);
        Assert.Contains(why, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(ErrorCodes.Validation, problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_cursor_of_another_ordering_is_a_400()
    {
        var page = await Client.GetOkAsync("/api/v1/programs?limit=1&sort=-startDate,name");
        var cursor = page.GetProperty("nextCursor").GetString();
        await Client.GetProblemAsync($"/api/v1/programs?limit=1&cursor={cursor}", HttpStatusCode.BadRequest, "cursor");
    }
}

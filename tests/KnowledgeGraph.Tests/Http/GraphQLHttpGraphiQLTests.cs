using System.Net;
using System.Text.RegularExpressions;
using Xunit;
using static KnowledgeGraph.Tests.GraphQLHttp;

namespace KnowledgeGraph.Tests;

/// <summary>GraphiQL: served to browsers by the endpoint, from local assets only, opening with the example tabs.</summary>
public sealed partial class GraphQLHttpGraphiQLTests(GraphQLHttpFactory factory) : IClassFixture<GraphQLHttpFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task A_browser_gets_the_graphiql_page()
    {
        var response = await _client.SendAsync(Get(BrowserAccept));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("graphiql.min.js", html, StringComparison.Ordinal);
        Assert.Contains("default-src 'self'", string.Join(";", response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_asset_of_the_page_is_local_and_served()
    {
        var html = await (await _client.SendAsync(Get(BrowserAccept))).Content.ReadAsStringAsync();
        var baseHref = BaseHref().Match(html).Groups[1].Value;
        Assert.Equal("/graphiql/", baseHref);

        var assets = AssetReference().Matches(html).Select(m => m.Groups[1].Value).Where(a => !a.StartsWith("data:", StringComparison.Ordinal)).ToList();
        Assert.Contains("vendor/graphiql/graphiql.min.js", assets);
        Assert.Contains("vendor/graphiql/graphiql.min.css", assets);
        Assert.Contains("vendor/react/react.production.min.js", assets);
        Assert.Contains("vendor/react-dom/react-dom.production.min.js", assets);
        Assert.Contains("examples.js", assets);
        foreach (var asset in assets)
        {
            Assert.DoesNotContain("//", asset, StringComparison.Ordinal);
            var served = await _client.GetAsync(baseHref + asset);
            Assert.True(served.IsSuccessStatusCode, $"{baseHref}{asset}: {(int)served.StatusCode}");
            Assert.NotEmpty(await served.Content.ReadAsByteArrayAsync());
        }
    }

    [Fact]
    public async Task Graphiql_assets_are_served_under_graphiql_only()
    {
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/graphiql/examples.js")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/graphiql/no-such-file.js")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/graphiql/examples.js/../../appsettings.json")).StatusCode);
    }

    [Fact]
    public async Task The_example_tabs_hold_the_contract_queries_and_parse()
    {
        var examples = await _client.GetStringAsync("/graphiql/examples.js");
        var queries = TemplateLiteral().Matches(examples).Select(m => m.Groups[1].Value).ToList();

        Assert.True(queries.Count >= 3, examples);
        Assert.Contains(queries, q => q.Contains("query Welcome", StringComparison.Ordinal));
        Assert.Contains(queries, q => q.Contains("Which dialogues covered pneumoconiosis?", StringComparison.Ordinal)
            && q.Contains("coveredBy(kind: DIALOGUE)", StringComparison.Ordinal));
        Assert.Contains(queries, q => q.Contains("Programs involving China that addressed a dust hazard, newest first", StringComparison.Ordinal)
            && q.Contains("countries: { some: { id: { eq: \"country:cn\" } } }", StringComparison.Ordinal)
            && q.Contains("order: [{ startDate: DESC }]", StringComparison.Ordinal));
        foreach (var query in queries)
        {
            // A tab that does not parse would open with a syntax error.
            GraphQLParser.Parser.Parse(query);
        }
    }

    [Fact]
    public async Task A_browser_get_with_a_query_runs_it()
    {
        var response = await _client.SendAsync(Get(BrowserAccept, ("query", "{ __typename }")));
        await AssertData(response, Json);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("*/*")]
    [InlineData("application/json")]
    public async Task A_get_without_a_query_that_does_not_ask_for_html_is_400(string? accept)
    {
        await AssertErrors(await _client.SendAsync(Get(accept)), HttpStatusCode.BadRequest, Json, "BAD_REQUEST");
    }

    [GeneratedRegex("<base href=\"([^\"]*)\"")]
    private static partial Regex BaseHref();

    [GeneratedRegex("<(?:script|link)\\b[^>]*\\b(?:src|href)=\"([^\"]+)\"")]
    private static partial Regex AssetReference();

    [GeneratedRegex("query: `([^`]*)`")]
    private static partial Regex TemplateLiteral();
}

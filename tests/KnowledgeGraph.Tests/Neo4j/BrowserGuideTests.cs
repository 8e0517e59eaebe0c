using System.Net;
using System.Text.RegularExpressions;
using KnowledgeGraph.Graph;
using Xunit;

namespace KnowledgeGraph.Tests;

/// <summary>
/// The Neo4j Browser guide served at <c>/guide</c>, readable cross-origin by Browser, and the Browser style file.
/// The guide's queries are linted in <see cref="CypherLintTests"/> (no Neo4j runs here to execute them).
/// </summary>
public sealed partial class BrowserGuideTests(CuratedFixture fixture) : IClassFixture<CuratedFixture>
{
    private static readonly Uri Guide = new("/guide", UriKind.Relative);

    [GeneratedRegex(@"^node\.(?<label>[A-Za-z]+)\s*\{(?<body>.*?)^\}", RegexOptions.CultureInvariant | RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex NodeRule();

    [Fact]
    public async Task The_guide_is_served_as_html_with_its_ready_queries()
    {
        using var client = fixture.Api.CreateClient();

        using var response = await client.GetAsync(Guide);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(File.ReadAllText(RepositoryPaths.Of("api", "KnowledgeGraph.Api", "Guide", "guide.html")), html);
        Assert.Contains("<carousel", html, StringComparison.Ordinal);
        Assert.True(CypherLintTests.GuideQueries().Count >= 8);
    }

    [Fact]
    public async Task Browser_may_fetch_the_guide_cross_origin()
    {
        using var client = fixture.Api.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, Guide);
        request.Headers.Add("Origin", "http://localhost:7474");
        using var preflight = new HttpRequestMessage(HttpMethod.Options, Guide);
        preflight.Headers.Add("Origin", "http://localhost:7474");
        preflight.Headers.Add("Access-Control-Request-Method", "GET");
        preflight.Headers.Add("Access-Control-Request-Headers", "accept, x-requested-with");

        using var response = await client.SendAsync(request);
        using var allowed = await client.SendAsync(preflight);

        Assert.Equal("*", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.True(allowed.IsSuccessStatusCode, allowed.StatusCode.ToString());
        Assert.Equal("*", Assert.Single(allowed.Headers.GetValues("Access-Control-Allow-Origin")));
    }

    [Fact]
    public async Task The_guide_names_every_label_and_relationship_type_of_the_ontology()
    {
        var html = await File.ReadAllTextAsync(RepositoryPaths.Of("api", "KnowledgeGraph.Api", "Guide", "guide.html"));

        Assert.All(Ontology.Labels, l => Assert.Contains(l.Name, html, StringComparison.Ordinal));
        Assert.All(Ontology.RelationshipTypes, t => Assert.Contains(":" + t, html, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_style_file_gives_every_label_a_colour_and_a_caption()
    {
        var grass = await File.ReadAllTextAsync(RepositoryPaths.Of("graph-schema", "style.grass"));
        var rules = NodeRule().Matches(grass).ToDictionary(m => m.Groups["label"].Value, m => m.Groups["body"].Value, StringComparer.Ordinal);

        Assert.All(Ontology.Labels, l =>
        {
            Assert.True(rules.TryGetValue(l.Name, out var body), $"no style for {l.Name}");
            Assert.Matches(@"(^|\s)color:\s*#[0-9A-Fa-f]{6};", body);
            Assert.Matches(@"caption:\s*'\{[a-zA-Z]+\}';", body);
        });
        Assert.Equal(Ontology.Labels.Count, rules.Keys.Intersect(Ontology.Labels.Select(l => l.Name)).Count());
        Assert.Equal(rules.Count, rules.Values.Select(b => Regex.Match(b, @"(^|\s)color:\s*(#[0-9A-Fa-f]{6})").Groups[2].Value).Distinct().Count());
    }

    [Fact]
    public async Task The_readme_for_researchers_holds_every_query_of_the_guide()
    {
        var readme = (await File.ReadAllTextAsync(RepositoryPaths.Of("README.md"))).Replace("\r\n", "\n", StringComparison.Ordinal);
        var start = readme.IndexOf("## For researchers (Neo4j)", StringComparison.Ordinal);
        Assert.True(start >= 0, "README has no section For researchers (Neo4j)");
        var end = readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        var section = readme[start..(end < 0 ? readme.Length : end)];

        Assert.Contains("docker compose -f docker/compose.yaml up", section, StringComparison.Ordinal);
        Assert.Contains(":play http://localhost:8080/guide", section, StringComparison.Ordinal);
        Assert.Contains("graph-schema/style.grass", section, StringComparison.Ordinal);
        Assert.All(CypherLintTests.GuideQueries(), q => Assert.Contains("```cypher\n" + q.Replace("\r\n", "\n", StringComparison.Ordinal) + "\n```", section, StringComparison.Ordinal));
    }
}

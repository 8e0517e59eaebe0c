using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using KnowledgeGraph.Api;
using Xunit;

namespace KnowledgeGraph.Tests;

/// <summary>The Explorer's page and assets as the server delivers them: its routes, its security headers, local files only.</summary>
public sealed partial class ExplorerPageTests(GraphQLHttpFactory factory) : IClassFixture<GraphQLHttpFactory>
{
    private static readonly string AssetsDirectory = RepositoryPaths.Of("api", "KnowledgeGraph.Api", "wwwroot", "explorer");

    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("/")]
    [InlineData("/?q=dust")]
    [InlineData("/entity/disease:pneumoconiosis")]
    [InlineData("/entity/no-such-id")]
    public async Task Every_route_of_the_app_returns_its_page_with_a_strict_content_security_policy(string path)
    {
        var response = await _client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<base href=\"/explorer/\">", html, StringComparison.Ordinal);
        Assert.Contains("type=\"search\"", html, StringComparison.Ordinal);
        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Head_answers_like_get_without_a_body()
    {
        var response = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/entity/hazard:dust"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Every_script_style_and_module_the_page_loads_is_a_local_file_that_is_served()
    {
        var html = await _client.GetStringAsync("/");
        var assets = AssetReference().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.Contains("app.css", assets);
        Assert.Contains("vendor/cytoscape/cytoscape.min.js", assets);
        Assert.Contains("js/main.js", assets);

        // The modules main.js imports, and theirs: each is fetched from the server as the browser would.
        var modules = Directory.GetFiles(Path.Combine(AssetsDirectory, "js"), "*.js").Select(f => "js/" + Path.GetFileName(f));
        foreach (var asset in assets.Concat(modules).Distinct(StringComparer.Ordinal))
        {
            Assert.DoesNotContain("//", asset, StringComparison.Ordinal);
            var served = await _client.GetAsync(ExplorerEndpoints.AssetsPath + "/" + asset);
            Assert.True(served.IsSuccessStatusCode, $"{asset}: {(int)served.StatusCode}");
            Assert.NotEmpty(await served.Content.ReadAsByteArrayAsync());
        }
    }

    [Fact]
    public void The_modules_import_only_each_other_and_call_only_this_origin()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(AssetsDirectory, "js"), "*.js"))
        {
            var source = File.ReadAllText(file);
            foreach (Match import in Import().Matches(source))
            {
                var target = import.Groups[1].Value;
                Assert.StartsWith("./", target, StringComparison.Ordinal);
                Assert.True(File.Exists(Path.Combine(AssetsDirectory, "js", target[2..])), $"{Path.GetFileName(file)} imports a missing {target}");
            }

            // No absolute address in a string: every request goes to this origin, relative to the page's base.
            Assert.DoesNotMatch("['\"`]https?://", source);
        }
    }

    [Fact]
    public void The_policy_allows_exactly_the_style_cytoscape_inserts()
    {
        // Cytoscape.js inserts `.<container class> { position: relative; }` as a <style> element; CSP allows it by its hash.
        var library = File.ReadAllText(Path.Combine(AssetsDirectory, "vendor", "cytoscape", "cytoscape.min.js"));
        Assert.Contains("\"__________cytoscape_container\"", library, StringComparison.Ordinal);
        Assert.Contains("\" { position: relative; }\"", library, StringComparison.Ordinal);

        var hash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(".__________cytoscape_container { position: relative; }")));
        Assert.Equal(ExplorerPage.CytoscapeStyleHash, "sha256-" + hash);
        Assert.Contains($"style-src 'self' '{ExplorerPage.CytoscapeStyleHash}';", ExplorerPage.ContentSecurityPolicy, StringComparison.Ordinal);
    }

    [NodeFact("cytoscape")]
    public void The_vendored_cytoscape_is_the_npm_build_tests_package_json_pins()
    {
        var package = Path.Combine(NodeTools.TestsDirectory!, "node_modules", "cytoscape");
        var vendored = Path.Combine(AssetsDirectory, "vendor", "cytoscape");
        Assert.Equal(File.ReadAllBytes(Path.Combine(package, "dist", "cytoscape.min.js")), File.ReadAllBytes(Path.Combine(vendored, "cytoscape.min.js")));
        Assert.Equal(File.ReadAllText(Path.Combine(package, "LICENSE")), File.ReadAllText(Path.Combine(vendored, "LICENSE")));
    }

    [Fact]
    public async Task Graphiql_loads_the_script_that_opens_it_with_a_query_from_the_address()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd(GraphQLHttp.BrowserAccept);
        var html = await (await _client.SendAsync(request)).Content.ReadAsStringAsync();

        var prefill = html.IndexOf("../explorer/graphiql-prefill.js", StringComparison.Ordinal);
        Assert.True(prefill > 0, html);
        Assert.True(prefill < html.IndexOf("start.js", StringComparison.Ordinal), "the prefill script must run before GraphiQL starts");
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/explorer/graphiql-prefill.js")).StatusCode);
    }

    [GeneratedRegex("<(?:script|link)\\b[^>]*\\b(?:src|href)=\"([^\"]+)\"")]
    private static partial Regex AssetReference();

    [GeneratedRegex("\\bfrom\\s+'([^']+)'")]
    private static partial Regex Import();
}

using System.Net;
using KnowledgeGraph.Api;
using KnowledgeGraph.Graph;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace KnowledgeGraph.Tests;

/// <summary>What every REST answer shares: ETag and 304, Cache-Control, CORS, problem details for any failure, health.</summary>
public sealed class RestHttpTests(GraphQLSampleFixture fixture) : IClassFixture<GraphQLSampleFixture>
{
    private const string Dashboard = "https://dashboard.example.org";

    private HttpClient Client { get; } = fixture.Api.CreateClient();

    public static TheoryData<string> Gets { get; } =
    [
        "/api/v1",
        "/api/v1/programs?kind=DIALOGUE",
        "/api/v1/entities/disease:pneumoconiosis",
        "/api/v1/entities/program:dialogue/neighbours",
        "/api/v1/entities/disease:pneumoconiosis/coverage",
        "/api/v1/search?q=dust",
        "/api/v1/paths?from=agency:dol&to=hazard:dust",
        "/api/v1/stats",
        "/api/v1/export?format=graphml",
    ];

    [Theory]
    [MemberData(nameof(Gets))]
    public async Task Every_GET_has_an_ETag_and_a_matching_If_None_Match_gets_304(string url)
    {
        using var first = await Client.SendAsync(RestClient.Get(url));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        var cache = first.Headers.CacheControl;
        Assert.True(cache is { Public: true, MustRevalidate: true }, $"{url}: Cache-Control {cache}");
        Assert.Equal(TimeSpan.FromSeconds(60), cache!.MaxAge);

        using var again = await Client.SendAsync(RestClient.Get(url, ifNoneMatch: etag!.Tag));
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Equal(etag, again.Headers.ETag);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());

        using var stale = await Client.SendAsync(RestClient.Get(url, ifNoneMatch: "\"stale\""));
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
    }

    [Fact]
    public async Task The_ETag_depends_on_the_request_and_the_data()
    {
        using var a = await Client.SendAsync(RestClient.Get("/api/v1/programs?limit=1"));
        using var b = await Client.SendAsync(RestClient.Get("/api/v1/programs?limit=2"));
        Assert.NotEqual(a.Headers.ETag, b.Headers.ETag);

        await using var other = await ApiFactory.WithSample();
        var dataset = SampleGraph.Build();
        await other.Store.ImportAsync(dataset with { Nodes = [.. dataset.Nodes.Where(n => n.Id != "topic:mine-rescue")], Relationships = [.. dataset.Relationships.Where(r => r.To != "topic:mine-rescue")] }, "smaller", CancellationToken.None);
        using var c = await other.CreateClient().SendAsync(RestClient.Get("/api/v1/programs?limit=1"));
        Assert.NotEqual(a.Headers.ETag, c.Headers.ETag);
    }

    [Fact]
    public async Task A_problem_has_no_ETag()
    {
        using var response = await Client.SendAsync(RestClient.Get("/api/v1/entities/disease:nothing"));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(response.Headers.ETag);
    }

    [Fact]
    public async Task CORS_allows_a_configured_origin()
    {
        using var factory = fixture.Api.WithWebHostBuilder(b => b.UseSetting("Cors:Origins:0", Dashboard));
        var client = factory.CreateClient();
        using var response = await client.SendAsync(RestClient.Get("/api/v1/stats", origin: Dashboard));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Dashboard, Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Contains("ETag", string.Join(',', response.Headers.GetValues("Access-Control-Expose-Headers")), StringComparison.Ordinal);

        using var preflight = new HttpRequestMessage(HttpMethod.Options, new Uri("/api/v1/hazards", UriKind.Relative));
        preflight.Headers.Add("Origin", Dashboard);
        preflight.Headers.Add("Access-Control-Request-Method", "GET");
        preflight.Headers.Add("Access-Control-Request-Headers", "if-none-match");
        using var answer = await client.SendAsync(preflight);
        Assert.Equal(HttpStatusCode.NoContent, answer.StatusCode);
        Assert.Equal(Dashboard, Assert.Single(answer.Headers.GetValues("Access-Control-Allow-Origin")));
    }

    [Fact]
    public async Task CORS_refuses_an_origin_not_configured_and_none_is_configured_by_default()
    {
        using var byDefault = await Client.SendAsync(RestClient.Get("/api/v1/stats", origin: Dashboard));
        Assert.Equal(HttpStatusCode.OK, byDefault.StatusCode);
        Assert.False(byDefault.Headers.Contains("Access-Control-Allow-Origin"));

        using var factory = fixture.Api.WithWebHostBuilder(b => b.UseSetting("Cors:Origins:0", Dashboard));
        using var other = await factory.CreateClient().SendAsync(RestClient.Get("/api/v1/stats", origin: "https://elsewhere.example.org"));
        Assert.False(other.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task A_method_not_allowed_is_a_405_problem()
    {
        using var response = await Client.PostAsync(new Uri("/api/v1/hazards", UriKind.Relative), new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(405, problem.GetProperty("status").GetInt32());
        Assert.Contains("POST", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.True(problem.TryGetProperty("traceId", out _));
    }

    [Fact]
    public async Task An_unknown_path_is_a_404_problem()
    {
        var problem = await Client.GetProblemAsync("/api/v1/no-such-collection", HttpStatusCode.NotFound);
        Assert.Equal(ErrorCodes.NotFound, problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task An_unexpected_exception_is_a_500_problem_with_a_trace_id_and_no_stack_trace()
    {
        using var factory = fixture.Api.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
            s.AddSingleton<IGraphStore>(sp => FailingStore.Wrap(sp.GetRequiredService<KnowledgeGraph.Store.Sqlite.SqliteGraphStore>(), new InvalidOperationException("secret internals")))));
        using var response = await factory.CreateClient().GetAsync(new Uri("/api/v1/hazards", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = System.Text.Json.JsonDocument.Parse(body).RootElement;
        Assert.Equal(ErrorCodes.Internal, problem.GetProperty("code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("traceId").GetString()));
        Assert.DoesNotContain("secret internals", body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_store_that_does_not_answer_is_a_503_problem()
    {
        using var factory = fixture.Api.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
            s.AddSingleton<IGraphStore>(sp => FailingStore.Wrap(sp.GetRequiredService<KnowledgeGraph.Store.Sqlite.SqliteGraphStore>(), new StoreUnavailableException("down")))));
        var problem = await factory.CreateClient().GetProblemAsync("/api/v1/hazards", HttpStatusCode.ServiceUnavailable);
        Assert.Equal(ErrorCodes.StoreUnavailable, problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Health_live_and_ready_answer_healthy()
    {
        foreach (var url in new[] { "/health/live", "/health/ready" })
        {
            using var response = await Client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
        }
    }
}

using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Xunit;

namespace KnowledgeGraph.Tests;

/// <summary>Limits:RequestsPerMinute per client: 429 with Retry-After, a GraphQL error or a problem, per API key or IP.</summary>
public sealed class RateLimitTests
{
    private static readonly Dictionary<string, string?> FiveAMinute = new() { ["Limits:RequestsPerMinute"] = "5" };

    [Fact]
    public async Task GraphQL_over_the_limit_is_429_with_Retry_After_and_code_RATE_LIMITED()
    {
        await using var api = await ApiFactory.WithSample(FiveAMinute);
        using var client = api.CreateClient();

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 6; i++)
        {
            last?.Dispose();
            using var body = new StringContent("""{"query":"{ __typename }"}""", Encoding.UTF8, "application/json");
            using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = body };
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
            last = await client.SendAsync(request);
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.OK, 5), HttpStatusCode.TooManyRequests], statuses);
        Assert.True(last!.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After names the seconds to wait");
        Assert.Equal("application/graphql-response+json", last.Content.Headers.ContentType?.MediaType);
        var json = JsonDocument.Parse(await last.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(["RATE_LIMITED"], json.ErrorCodes());
        last.Dispose();
    }

    [Fact]
    public async Task REST_over_the_limit_is_a_429_problem_and_health_is_never_limited()
    {
        await using var api = await ApiFactory.WithSample(FiveAMinute);
        using var client = api.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            (await client.GetAsync(new Uri("/api/v1/hazards", UriKind.Relative))).EnsureSuccessStatusCode();
        }

        var limited = await client.GetAsync(new Uri("/api/v1/hazards", UriKind.Relative));
        var health = await client.GetAsync(new Uri("/health/live", UriKind.Relative));

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"RATE_LIMITED\"", await limited.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotNull(limited.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task A_valid_API_key_has_its_own_allowance_and_an_invented_one_does_not()
    {
        await using var api = await ApiFactory.WithSample(new Dictionary<string, string?>(FiveAMinute)
        {
            ["Auth:ApiKeys:0:Name"] = "dashboard",
            ["Auth:ApiKeys:0:Hash"] = KnowledgeGraph.Api.ApiKeyRegistry.Hash("dashboard-key"),
            ["Auth:ApiKeys:0:Roles:0"] = "reader",
        });
        using var client = api.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            (await client.GetAsync(new Uri("/api/v1/hazards", UriKind.Relative))).EnsureSuccessStatusCode();
        }

        using var withKey = new HttpRequestMessage(HttpMethod.Get, "/api/v1/hazards");
        withKey.Headers.Add("X-Api-Key", "dashboard-key");
        using var invented = new HttpRequestMessage(HttpMethod.Get, "/api/v1/hazards");
        invented.Headers.Add("X-Api-Key", "invented-key");
        var keyed = await client.SendAsync(withKey);
        var inventedResponse = await client.SendAsync(invented);
        var anonymous = await client.GetAsync(new Uri("/api/v1/hazards", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, keyed.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, inventedResponse.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, anonymous.StatusCode);
    }
}

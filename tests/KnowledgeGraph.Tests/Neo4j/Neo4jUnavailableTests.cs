using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Store.Neo4j;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit;

namespace KnowledgeGraph.Tests;

/// <summary>
/// A Neo4j that cannot be reached (a local port nothing listens on): the store says so with
/// <see cref="StoreUnavailableException"/>, the host still starts, <c>/health/ready</c> fails and GraphQL answers
/// with the code STORE_UNAVAILABLE, never a 500 with a trace.
/// </summary>
public sealed class Neo4jUnavailableTests : IDisposable
{
    private readonly string _uri = $"http://127.0.0.1:{ClosedPort()}";
    private readonly UnreachableApiFactory _api;

    public Neo4jUnavailableTests() => _api = new UnreachableApiFactory(_uri);

    [Fact]
    public async Task The_store_reports_an_unreachable_server_as_unavailable()
    {
        using var store = new Neo4jGraphStore(new Neo4jStoreOptions { Uri = _uri, Password = "unused" });

        Assert.False(await store.PingAsync(CancellationToken.None));
        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => store.GetNodesAsync(["hazard:dust"], CancellationToken.None));
        Assert.Equal(ErrorCodes.StoreUnavailable, error.Code);
        Assert.Contains("cannot be reached", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Readiness_fails_while_liveness_holds()
    {
        using var client = _api.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/health/live", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task GraphQL_answers_store_unavailable_with_a_code_and_no_trace()
    {
        using var client = _api.CreateClient();

        using var response = await client.PostAsJsonAsync(new Uri("/graphql", UriKind.Relative), new { query = "{ hazards(first: 2) { nodes { id name } } }" });
        var text = await response.Content.ReadAsStringAsync();

        Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
        var json = JsonDocument.Parse(text).RootElement;
        var codes = json.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("extensions").GetProperty("code").GetString()).Distinct().ToList();
        Assert.Equal([ErrorCodes.StoreUnavailable], codes);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
    }

    public void Dispose() => _api.Dispose();

    // A port that was free a moment ago: nothing listens there, so connections are refused at once.
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private sealed class UnreachableApiFactory(string uri) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("Store:Kind", "Neo4j");
            builder.UseSetting("Neo4j:Uri", uri);
            builder.UseSetting("Neo4j:Password", "unused");
            builder.UseSetting("Seed:Enabled", "true");
        }
    }
}

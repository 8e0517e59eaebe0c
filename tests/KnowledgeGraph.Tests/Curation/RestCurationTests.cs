using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace KnowledgeGraph.Tests;

/// <summary>Curator writes over REST: 401/403 problems, 201 with Location and version ETag, If-Match, 409 and 428.</summary>
public sealed class RestCurationTests : IAsyncLifetime
{
    private ApiFactory _api = null!;

    public async Task InitializeAsync() => _api = await ApiFactory.WithSample(CuratorClient.Keys());

    public async Task DisposeAsync() => await _api.DisposeAsync();

    private static readonly object Silica = new
    {
        id = "hazard:silica",
        name = "Crystalline silica",
        properties = new Dictionary<string, string> { ["category"] = "DUST" },
        evidence = new[] { new { source = SampleGraph.Source, quote = "Silica is a workplace dust." } },
    };

    private HttpClient Client(string? key = CuratorClient.CuratorKey)
    {
        var client = _api.CreateClient();
        if (key is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", key);
        }

        return client;
    }

    private static async Task<JsonElement> Problem(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(code, problem.GetProperty("code").GetString());
        return problem;
    }

    [Fact]
    public async Task Without_credentials_a_write_is_a_401_problem_and_with_a_reader_key_403()
    {
        using var anonymous = Client(key: null);
        using var reader = Client(CuratorClient.ReaderKey);

        await Problem(await anonymous.PostAsJsonAsync("/api/v1/entities", Silica), HttpStatusCode.Unauthorized, "UNAUTHORIZED");
        await Problem(await reader.PostAsJsonAsync("/api/v1/entities", Silica), HttpStatusCode.Forbidden, "FORBIDDEN");
        await Problem(await anonymous.GetAsync(new Uri("/api/v1/changes", UriKind.Relative)), HttpStatusCode.Unauthorized, "UNAUTHORIZED");
        Assert.Empty(await _api.Store.GetNodesAsync(["hazard:silica"], CancellationToken.None));
    }

    [Fact]
    public async Task Create_change_and_delete_an_entity_with_versions()
    {
        using var client = Client();

        var created = await client.PostAsJsonAsync("/api/v1/entities", Silica);
        var again = await client.PostAsJsonAsync("/api/v1/entities", Silica);
        using var noVersion = new HttpRequestMessage(HttpMethod.Patch, "/api/v1/entities/hazard:silica") { Content = JsonContent.Create(new { name = "Silica" }) };
        var missing = await client.SendAsync(noVersion);
        using var ifMatch = new HttpRequestMessage(HttpMethod.Patch, "/api/v1/entities/hazard:silica") { Content = JsonContent.Create(new { name = "Silica (quartz)" }) };
        ifMatch.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        var changed = await client.SendAsync(ifMatch);
        var stale = await client.PatchAsJsonAsync("/api/v1/entities/hazard:silica", new { expectedVersion = 1, name = "Lost update" });
        var deleted = await client.DeleteAsync(new Uri("/api/v1/entities/hazard:silica?expectedVersion=2", UriKind.Relative));
        var changes = await client.GetFromJsonAsync<JsonElement>("/api/v1/changes?id=hazard:silica");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("/api/v1/entities/hazard%3Asilica", created.Headers.Location?.OriginalString);
        Assert.Equal("\"1\"", created.Headers.ETag?.Tag);
        await Problem(again, HttpStatusCode.Conflict, "CONFLICT");
        await Problem(missing, (HttpStatusCode)428, "VALIDATION");
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(2, (await changed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt64());
        await Problem(stale, HttpStatusCode.Conflict, "CONFLICT");
        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        Assert.Equal(["DeleteNode", "UpdateNode", "CreateNode"], changes.EnumerateArray().Select(c => c.GetProperty("operation").GetString()));
        Assert.All(changes.EnumerateArray(), c => Assert.Equal("alice", c.GetProperty("actor").GetString()));
    }

    [Fact]
    public async Task A_fact_that_breaks_a_dataset_rule_is_a_400_problem_and_a_good_one_is_created()
    {
        using var client = Client();
        object Fact(string to) => new { from = "hazard:dust", type = "CAUSES", to, evidence = new[] { new { source = SampleGraph.Source, quote = "Dust causes it." } } };

        var wrongShape = await client.PostAsJsonAsync("/api/v1/facts", Fact("hazard:noise"));
        var created = await client.PostAsJsonAsync("/api/v1/facts", Fact("disease:hearing-loss"));
        var id = Uri.EscapeDataString("hazard:dust|CAUSES|disease:hearing-loss");
        var deleted = await client.DeleteAsync(new Uri($"/api/v1/facts/{id}?expectedVersion=1", UriKind.Relative));

        var problem = await Problem(wrongShape, HttpStatusCode.BadRequest, "VALIDATION");
        Assert.Contains("hazard:noise", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
    }

    [Fact]
    public async Task A_write_changes_the_ETag_of_what_it_touches()
    {
        using var reader = Client(key: null);
        using var curator = Client();
        var before = await reader.GetAsync(new Uri("/api/v1/entities/hazard:dust", UriKind.Relative));

        (await curator.PatchAsJsonAsync("/api/v1/entities/hazard:dust", new { expectedVersion = 1, description = "Changed by a curator." })).EnsureSuccessStatusCode();
        using var conditional = new HttpRequestMessage(HttpMethod.Get, "/api/v1/entities/hazard:dust");
        conditional.Headers.TryAddWithoutValidation("If-None-Match", before.Headers.ETag!.Tag);
        var after = await reader.SendAsync(conditional);

        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
        Assert.Equal("Changed by a curator.", (await after.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("description").GetString());
    }
}

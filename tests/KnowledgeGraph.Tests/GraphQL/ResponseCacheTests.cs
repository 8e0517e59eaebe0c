using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Store.Sqlite;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using static KnowledgeGraph.Tests.GraphQLHttp;

namespace KnowledgeGraph.Tests;

/// <summary>
/// Answers to queries are kept until the data changes: a repeated query costs the store one statement (the data
/// version), and any import or write, through the API or by another process on the same file, retires the answers.
/// </summary>
public sealed class ResponseCacheTests : IAsyncLifetime
{
    private const string Hazards = "{ hazards(order: [{ name: ASC }]) { totalCount nodes { id name } } }";
    private const string HazardById = "query($id: ID!) { hazard(id: $id) { id name } }";
    private const string CreateSilica = """
        mutation { createEntity(input: { id: "hazard:silica", name: "Crystalline silica", properties: [{ name: "category", value: "DUST" }],
          evidence: [{ source: "source:sample", quote: "Silica is a workplace dust." }] }) { id } }
        """;

    private ApiFactory _api = null!;

    public async Task InitializeAsync() => _api = await ApiFactory.WithSample(CuratorClient.Keys());

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task A_repeated_query_gets_the_same_answer_for_one_statement()
    {
        var (first, firstCost) = await CountedAsync(() => _api.PostAsync(Hazards));
        var (again, againCost) = await CountedAsync(() => _api.PostAsync(Hazards));

        Assert.Equal(first.GetRawText(), again.GetRawText());
        Assert.Equal(["hazard:noise", "hazard:dust"], first.At("data.hazards.nodes").Strings("id"));
        Assert.True(firstCost > 1, $"the first answer ran the query ({firstCost} statements)");
        Assert.Equal(1, againCost);
    }

    [Fact]
    public async Task A_curator_write_retires_the_kept_answers()
    {
        var before = await _api.PostAsync(Hazards);
        var created = await _api.PostAsync(CreateSilica, apiKey: CuratorClient.CuratorKey);
        var after = await _api.PostAsync(Hazards);

        Assert.Equal(2, before.At("data.hazards.totalCount").GetInt32());
        Assert.Equal("hazard:silica", created.At("data.createEntity.id").GetString());
        Assert.Equal(3, after.At("data.hazards.totalCount").GetInt32());
    }

    [Fact]
    public async Task A_write_by_another_process_on_the_same_file_retires_the_kept_answers()
    {
        var before = await _api.PostAsync(Hazards);

        // Another store on the same file stands for another process (e.g. `seed import`): nothing in this host is told.
        var changed = SampleGraph.Build();
        changed = changed with
        {
            Nodes = [.. changed.Nodes.Where(n => n.Id != "hazard:noise")],
            Relationships = [.. changed.Relationships.Where(r => r.From != "hazard:noise" && r.To != "hazard:noise")],
        };
        using (var other = new SqliteGraphStore(new SqliteStoreOptions { Path = _api.DatabasePath }))
        {
            await other.ImportAsync(changed, "sample-without-noise", CancellationToken.None);
        }

        var after = await _api.PostAsync(Hazards);

        Assert.Equal(2, before.At("data.hazards.totalCount").GetInt32());
        Assert.Equal(["hazard:dust"], after.At("data.hazards.nodes").Strings("id"));
    }

    [Fact]
    public async Task Variables_and_operation_names_are_part_of_the_key()
    {
        var dust = await _api.PostAsync(HazardById, new { id = "hazard:dust" });
        var noise = await _api.PostAsync(HazardById, new { id = "hazard:noise" });
        var named = await PostAsync(new { query = "query A { a: hazard(id: \"hazard:dust\") { id } } query B { b: hazard(id: \"hazard:noise\") { id } }", operationName = "A" });
        var other = await PostAsync(new { query = "query A { a: hazard(id: \"hazard:dust\") { id } } query B { b: hazard(id: \"hazard:noise\") { id } }", operationName = "B" });

        Assert.Equal("Workplace dust", dust.At("data.hazard.name").GetString());
        Assert.Equal("Noise", noise.At("data.hazard.name").GetString());
        Assert.Equal("hazard:dust", named.At("data.a.id").GetString());
        Assert.Equal("hazard:noise", other.At("data.b.id").GetString());
    }

    [Fact]
    public async Task An_answer_with_an_error_is_not_kept()
    {
        const string missing = "{ paths(from: \"hazard:nope\", to: \"hazard:dust\") { length } }";

        var (first, _) = await CountedAsync(() => _api.PostAsync(missing));
        var (again, againCost) = await CountedAsync(() => _api.PostAsync(missing));

        Assert.Equal(["NOT_FOUND"], first.ErrorCodes());
        Assert.Equal(["NOT_FOUND"], again.ErrorCodes());
        Assert.True(againCost > 1, $"the second request ran again ({againCost} statements)");
    }

    [Fact]
    public async Task A_mutation_is_never_answered_from_the_cache()
    {
        var created = await _api.PostAsync(CreateSilica, apiKey: CuratorClient.CuratorKey);
        var again = await _api.PostAsync(CreateSilica, apiKey: CuratorClient.CuratorKey);

        Assert.Equal("hazard:silica", created.At("data.createEntity.id").GetString());
        Assert.Equal(["CONFLICT"], again.ErrorCodes());
    }

    [Fact]
    public async Task Callers_do_not_share_answers()
    {
        await _api.PostAsync(Hazards);
        var (_, anonymousAgain) = await CountedAsync(() => _api.PostAsync(Hazards));
        var (curator, curatorCost) = await CountedAsync(() => _api.PostAsync(Hazards, apiKey: CuratorClient.CuratorKey));

        Assert.Equal(1, anonymousAgain);
        Assert.Equal(2, curator.At("data.hazards.totalCount").GetInt32());
        Assert.True(curatorCost > 1, $"the curator's request ran ({curatorCost} statements)");
    }

    [Fact]
    public async Task A_get_has_an_entity_tag_per_media_type_that_revalidates_to_304_until_the_data_changes()
    {
        using var client = _api.CreateClient();

        using var first = await client.SendAsync(Get(Json, ("query", Hazards)));
        var etag = first.Headers.ETag;
        using var other = await client.SendAsync(Get(GraphQLResponse, ("query", Hazards)));
        using var revalidated = await client.SendAsync(WithIfNoneMatch(Get(Json, ("query", Hazards)), etag));
        await _api.PostAsync(CreateSilica, apiKey: CuratorClient.CuratorKey);
        using var changed = await client.SendAsync(WithIfNoneMatch(Get(Json, ("query", Hazards)), etag));

        await AssertData(first);
        Assert.NotNull(etag);
        Assert.Contains("must-revalidate", first.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.NotEqual(etag, other.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        Assert.Empty(await revalidated.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(etag, changed.Headers.ETag);
        Assert.Equal(3, (await AssertData(changed)).At("hazards.totalCount").GetInt32());
    }

    [Fact]
    public async Task The_cache_can_be_turned_off()
    {
        await using var api = await ApiFactory.WithSample(new Dictionary<string, string?> { ["ResponseCache:Enabled"] = "false" });
        using var client = api.CreateClient();

        await api.PostAsync(Hazards);
        var before = api.StatementCount;
        using var again = await client.SendAsync(Get(Json, ("query", Hazards)));

        await AssertData(again);
        Assert.True(api.StatementCount - before > 1, "the query ran again");
        Assert.Null(again.Headers.ETag);
    }

    [Fact]
    public async Task Answers_over_the_entry_limit_are_not_kept()
    {
        await using var api = await ApiFactory.WithSample(new Dictionary<string, string?> { ["ResponseCache:MaxEntryBytes"] = "16" });

        var first = await api.PostAsync(Hazards);
        var before = api.StatementCount;
        var again = await api.PostAsync(Hazards);

        Assert.Equal(first.GetRawText(), again.GetRawText());
        Assert.True(api.StatementCount - before > 1, "the query ran again");
    }

    [Fact]
    public async Task A_maximum_age_bounds_how_long_an_answer_is_kept()
    {
        await using var api = await ApiFactory.WithSample(new Dictionary<string, string?> { ["ResponseCache:MaxAgeSeconds"] = "1" });

        await api.PostAsync(Hazards);
        var before = api.StatementCount;
        await api.PostAsync(Hazards);
        var kept = api.StatementCount - before;
        await Task.Delay(TimeSpan.FromMilliseconds(1500));
        before = api.StatementCount;
        await api.PostAsync(Hazards);

        Assert.Equal(1, kept);
        Assert.True(api.StatementCount - before > 1, "the query ran again once its answer had expired");
    }

    [Fact]
    public async Task A_store_that_cannot_tell_its_data_version_still_answers()
    {
        await using var api = await ApiFactory.WithSample();
        using var factory = api.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
            s.AddSingleton<IGraphStore>(sp => FailingStore.Wrap(sp.GetRequiredService<SqliteGraphStore>(), new StoreUnavailableException("no version"), nameof(IGraphStore.GetDataVersionAsync)))));
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(PostJson(new { query = Hazards }));

        Assert.Equal(2, (await AssertData(response)).At("hazards.totalCount").GetInt32());
    }

    private async Task<(JsonElement Response, long Statements)> CountedAsync(Func<Task<JsonElement>> request)
    {
        var before = _api.StatementCount;
        var response = await request();
        return (response, _api.StatementCount - before);
    }

    private async Task<JsonElement> PostAsync(object body)
    {
        using var client = _api.CreateClient();
        using var response = await client.SendAsync(PostJson(body));
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static HttpRequestMessage WithIfNoneMatch(HttpRequestMessage request, EntityTagHeaderValue? etag)
    {
        request.Headers.IfNoneMatch.Add(etag!);
        return request;
    }
}

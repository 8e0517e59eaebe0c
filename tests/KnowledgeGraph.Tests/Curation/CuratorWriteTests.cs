using System.Text.Json;
using KnowledgeGraph.Graph;
using Xunit;

namespace KnowledgeGraph.Tests;

/// <summary>Curator writes: authentication, evidence validated as the loader validates, atomicity, audit, optimistic concurrency.</summary>
public sealed class CuratorWriteTests : IAsyncLifetime
{
    private const string CreateNoise = """
        mutation($input: CreateEntityInput!) { createEntity(input: $input) { id name version ... on Hazard { category } evidence { source { id } quote } } }
        """;

    private ApiFactory _api = null!;

    public async Task InitializeAsync() => _api = await ApiFactory.WithSample(CuratorClient.Keys());

    public async Task DisposeAsync() => await _api.DisposeAsync();

    private static object Silica(string category = "DUST", object[]? evidence = null) => new
    {
        input = new
        {
            id = "hazard:silica",
            name = "Crystalline silica",
            aliases = new[] { "quartz dust" },
            properties = new[] { new { name = "category", value = category } },
            evidence = evidence ?? [new { source = SampleGraph.Source, quote = "Silica is a workplace dust." }],
        },
    };

    [Fact]
    public async Task Writes_without_credentials_are_UNAUTHORIZED_and_with_a_reader_key_FORBIDDEN()
    {
        var revision = await _api.Store.GetRevisionAsync(CancellationToken.None);

        var anonymous = await _api.PostAsync(CreateNoise, Silica());
        var invented = await _api.PostAsync(CreateNoise, Silica(), apiKey: "not-a-key");
        var reader = await _api.PostAsync(CreateNoise, Silica(), apiKey: CuratorClient.ReaderKey);

        Assert.Equal(["UNAUTHORIZED"], anonymous.ErrorCodes());
        Assert.Equal(["UNAUTHORIZED"], invented.ErrorCodes());
        Assert.Equal(["FORBIDDEN"], reader.ErrorCodes());
        Assert.Equal(revision, await _api.Store.GetRevisionAsync(CancellationToken.None));
        Assert.Empty(await _api.Store.GetNodesAsync(["hazard:silica"], CancellationToken.None));
    }

    [Fact]
    public async Task A_curator_creates_an_entity_that_is_audited_with_who_and_what()
    {
        var response = await _api.PostAsync(CreateNoise, Silica(), apiKey: CuratorClient.CuratorKey);

        var created = response.Data().At("createEntity");
        Assert.Equal("hazard:silica", created.At("id").GetString());
        Assert.Equal(1, created.At("version").GetInt32());
        Assert.Equal("DUST", created.At("category").GetString());
        var read = (await _api.GraphQLAsync("""{ hazard(id: "hazard:silica") { name aliases } }""")).Data().At("hazard");
        Assert.Equal("Crystalline silica", read.At("name").GetString());

        var audit = (await _api.PostAsync("""{ changes(id: "hazard:silica") { actor operation targetId before after } }""", apiKey: CuratorClient.CuratorKey)).Data().At("changes");
        var entry = Assert.Single(audit.EnumerateArray());
        Assert.Equal("alice", entry.At("actor").GetString());
        Assert.Equal("CreateNode", entry.At("operation").GetString());
        Assert.Equal(JsonValueKind.Null, entry.At("before").ValueKind);
        Assert.Contains("quartz dust", entry.At("after").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SILICA", "category 'SILICA' is not a HazardCategory")]
    [InlineData("DUST", "evidence source 'source:nowhere' is not a defined source")]
    public async Task A_write_breaking_a_dataset_rule_is_VALIDATION_with_the_loaders_reason_and_writes_nothing(string category, string reason)
    {
        var evidence = category == "DUST" ? new object[] { new { source = "source:nowhere", quote = "Silica." } } : null;
        var revision = await _api.Store.GetRevisionAsync(CancellationToken.None);

        var response = await _api.PostAsync(CreateNoise, Silica(category, evidence), apiKey: CuratorClient.CuratorKey);

        Assert.Equal(["VALIDATION"], response.ErrorCodes());
        Assert.Contains(reason, response.At("errors").EnumerateArray().First().At("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(revision, await _api.Store.GetRevisionAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Evidence_is_required_and_quotes_are_at_most_300_characters()
    {
        var none = await _api.PostAsync(CreateNoise, Silica(evidence: []), apiKey: CuratorClient.CuratorKey);
        var longQuote = await _api.PostAsync(CreateNoise, Silica(evidence: [new { source = SampleGraph.Source, quote = new string('x', 301) }]), apiKey: CuratorClient.CuratorKey);

        Assert.Equal(["VALIDATION"], none.ErrorCodes());
        Assert.Equal(["VALIDATION"], longQuote.ErrorCodes());
        Assert.Empty(await _api.Store.GetNodesAsync(["hazard:silica"], CancellationToken.None));
    }

    [Fact]
    public async Task Two_curators_editing_the_same_version_cannot_both_win()
    {
        const string Update = "mutation($input: UpdateEntityInput!) { updateEntity(input: $input) { version name } }";
        object Rename(string name, int version) => new { input = new { id = "hazard:dust", expectedVersion = version, name } };

        var first = await _api.PostAsync(Update, Rename("Dust (first curator)", 1), apiKey: CuratorClient.CuratorKey);
        var second = await _api.PostAsync(Update, Rename("Dust (second curator)", 1), apiKey: CuratorClient.CuratorKey);

        Assert.Equal(2, first.Data().At("updateEntity.version").GetInt32());
        Assert.Equal(["CONFLICT"], second.ErrorCodes());
        var stored = (await _api.Store.GetNodesAsync(["hazard:dust"], CancellationToken.None)).Single();
        Assert.Equal(("Dust (first curator)", 2L), (stored.Name, stored.Version));
        var audit = await _api.Store.GetAuditAsync("hazard:dust", 10, CancellationToken.None);
        var update = Assert.Single(audit, a => a.Operation == "UpdateNode");
        Assert.Contains("Workplace dust", update.Before, StringComparison.Ordinal);
        Assert.Contains("Dust (first curator)", update.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Facts_are_created_updated_and_deleted_with_their_versions()
    {
        const string Create = "mutation($input: CreateFactInput!) { createFact(input: $input) { id type role version other { id } } }";
        var input = new { input = new { from = "agency:saws", type = "PARTICIPATES_IN", to = "program:dust-project", properties = new[] { new { name = "role", value = "FUNDER" } }, evidence = new[] { new { source = SampleGraph.Source, quote = "ILO funds it." } } } };

        var created = (await _api.PostAsync(Create, input, apiKey: CuratorClient.CuratorKey)).Data().At("createFact");
        var again = await _api.PostAsync(Create, input, apiKey: CuratorClient.CuratorKey);
        var id = created.At("id").GetString()!;
        var updated = await _api.PostAsync("mutation($input: UpdateFactInput!) { updateFact(input: $input) { role version } }",
            new { input = new { id, expectedVersion = 1, properties = new[] { new { name = "role", value = "PARTNER" } } } }, apiKey: CuratorClient.CuratorKey);
        var staleDelete = await _api.PostAsync("mutation($input: DeleteInput!) { deleteFact(input: $input) { operation } }", new { input = new { id, expectedVersion = 1 } }, apiKey: CuratorClient.CuratorKey);
        var deleted = await _api.PostAsync("mutation($input: DeleteInput!) { deleteFact(input: $input) { operation before after } }", new { input = new { id, expectedVersion = 2 } }, apiKey: CuratorClient.CuratorKey);

        Assert.Equal(("FUNDER", 1, "program:dust-project"), (created.At("role").GetString(), created.At("version").GetInt32(), created.At("other.id").GetString()));
        Assert.Equal(["CONFLICT"], again.ErrorCodes());
        Assert.Equal(("PARTNER", 2), (updated.Data().At("updateFact.role").GetString(), updated.Data().At("updateFact.version").GetInt32()));
        Assert.Equal(["CONFLICT"], staleDelete.ErrorCodes());
        Assert.Equal("DeleteRelationship", deleted.Data().At("deleteFact.operation").GetString());
        Assert.Equal(JsonValueKind.Null, deleted.Data().At("deleteFact.after").ValueKind);
        Assert.DoesNotContain(await _api.Store.GetRelationshipsAsync(["agency:saws"], "PARTICIPATES_IN", Direction.Out, null, CancellationToken.None), r => r.Id == id);
    }

    [Fact]
    public async Task A_fact_of_the_wrong_shape_or_a_second_single_valued_fact_is_VALIDATION()
    {
        const string Create = "mutation($input: CreateFactInput!) { createFact(input: $input) { id } }";
        object Fact(string from, string type, string to) => new { input = new { from, type, to, evidence = new[] { new { source = SampleGraph.Source, quote = "q" } } } };

        var wrongEnds = await _api.PostAsync(Create, Fact("disease:pneumoconiosis", "CAUSES", "hazard:dust"), apiKey: CuratorClient.CuratorKey);
        var unknownEnd = await _api.PostAsync(Create, Fact("hazard:dust", "CAUSES", "disease:nowhere"), apiKey: CuratorClient.CuratorKey);
        var existingParent = (await _api.Store.GetRelationshipsAsync(["program:dust-project"], "PART_OF", Direction.Out, "Program", CancellationToken.None)).Count;
        var secondParent = await _api.PostAsync(Create, Fact("program:dust-project", "PART_OF", "program:campaign"), apiKey: CuratorClient.CuratorKey);

        Assert.Equal(["VALIDATION"], wrongEnds.ErrorCodes());
        Assert.Equal(["VALIDATION"], unknownEnd.ErrorCodes());
        Assert.Equal(1, existingParent);
        Assert.Equal(["VALIDATION"], secondParent.ErrorCodes());
        Assert.Contains("allows only one", secondParent.At("errors").EnumerateArray().First().At("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deleting_an_entity_takes_its_facts_and_a_cited_source_cannot_be_deleted()
    {
        const string Delete = "mutation($input: DeleteInput!) { deleteEntity(input: $input) { operation before } }";
        var before = (await _api.Store.GetRelationshipsAsync(["hazard:dust"], null, Direction.Both, null, CancellationToken.None)).Count;

        var deleted = await _api.PostAsync(Delete, new { input = new { id = "hazard:dust", expectedVersion = 1 } }, apiKey: CuratorClient.CuratorKey);
        var source = await _api.PostAsync(Delete, new { input = new { id = SampleGraph.Source, expectedVersion = 1 } }, apiKey: CuratorClient.CuratorKey);
        var missing = await _api.PostAsync(Delete, new { input = new { id = "hazard:nowhere", expectedVersion = 1 } }, apiKey: CuratorClient.CuratorKey);

        Assert.True(before > 0);
        Assert.Equal(before, JsonDocument.Parse(deleted.Data().At("deleteEntity.before").GetString()!).RootElement.At("relationships").GetArrayLength());
        Assert.Empty(await _api.Store.GetRelationshipsAsync(["hazard:dust"], null, Direction.Both, null, CancellationToken.None));
        Assert.Equal(["CONFLICT"], source.ErrorCodes());
        Assert.Equal(["NOT_FOUND"], missing.ErrorCodes());
    }

    [Fact]
    public async Task Mutations_over_GET_are_refused()
    {
        using var client = _api.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("mutation { deleteFact(input: {id: \"a|B|c\", expectedVersion: 1}) { operation } }"));
        request.Headers.Add("X-Api-Key", CuratorClient.CuratorKey);

        var response = await client.SendAsync(request);

        Assert.Equal(System.Net.HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}

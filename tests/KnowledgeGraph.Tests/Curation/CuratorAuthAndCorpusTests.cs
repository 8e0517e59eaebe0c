using System.Security.Claims;
using System.Text;
using KnowledgeGraph.Api;
using KnowledgeGraph.Graph;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Xunit;

namespace KnowledgeGraph.Tests;

/// <summary>Bearer tokens, verbatim quotes against the corpus, and seeding that never drops curator changes.</summary>
public sealed class CuratorAuthAndCorpusTests
{
    private const string SigningKey = "a-signing-key-of-at-least-32-bytes-for-tests";
    private const string Create = "mutation($input: CreateEntityInput!) { createEntity(input: $input) { id version } }";

    private static string Token(params string[] roles)
    {
        var claims = new List<Claim> { new("sub", "bob"), new(ClaimTypes.Name, "bob") };
        claims.AddRange(roles.Select(r => new Claim(ClaimTypes.Role, r)));
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Subject = new ClaimsIdentity(claims),
            Issuer = "tests",
            Expires = DateTime.UtcNow.AddMinutes(5),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(SigningKey)), SecurityAlgorithms.HmacSha256),
        });
    }

    private static object Topic(string id, string source, string quote) =>
        new { input = new { id, name = "Occupational health services", evidence = new[] { new { source, quote } } } };

    [Fact]
    public async Task A_bearer_token_with_the_curator_role_may_write_and_one_without_may_not()
    {
        await using var api = await ApiFactory.WithSample(new Dictionary<string, string?> { ["Auth:Jwt:SigningKey"] = SigningKey, ["Auth:Jwt:Issuer"] = "tests" });

        var curator = await api.PostAsync(Create, Topic("topic:ohs", SampleGraph.Source, "Occupational health services."), bearer: Token("curator"));
        var reader = await api.PostAsync(Create, Topic("topic:ohs-2", SampleGraph.Source, "q"), bearer: Token());
        var forged = await api.PostAsync(Create, Topic("topic:ohs-3", SampleGraph.Source, "q"), bearer: Token("curator")[..^4] + "AAAA");

        Assert.Equal(1, curator.Data().At("createEntity.version").GetInt32());
        Assert.Equal("bob", (await api.Store.GetAuditAsync("topic:ohs", 1, CancellationToken.None)).Single().Actor);
        Assert.Equal(["FORBIDDEN"], reader.ErrorCodes());
        Assert.Equal(["UNAUTHORIZED"], forged.ErrorCodes());
    }

    [CorpusFact]
    public async Task A_quote_not_found_verbatim_in_its_document_is_refused()
    {
        await using var api = new ApiFactory();
        foreach (var (key, value) in CuratorClient.Keys())
        {
            api.Settings[key] = value;
        }

        const string Real = "the creation of an annual labor dialogue between the U.S. Department of Labor (DOL) and China's Ministry of Human Resources and Social Security (MOHRSS)";
        var invented = await api.PostAsync(Create, Topic("topic:invented", "source:dol-ilab-us-china", "China and the United States agreed to end all dust exposure by 2015."), apiKey: CuratorClient.CuratorKey);
        var verbatim = await api.PostAsync(Create, Topic("topic:annual-labor-dialogue", "source:dol-ilab-us-china", Real), apiKey: CuratorClient.CuratorKey);

        Assert.Equal(["VALIDATION"], invented.ErrorCodes());
        Assert.Contains("quote not found verbatim", invented.At("errors").EnumerateArray().First().At("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, verbatim.Data().At("createEntity.version").GetInt32());
    }

    [Fact]
    public async Task Seeding_a_changed_dataset_keeps_curator_changes_unless_told_to_replace_them()
    {
        await using var temp = await TempStore.CreateAsync(SampleGraph.Build());
        var node = new GraphNode("topic:curated", "Topic", "Curated topic", null, [], new Dictionary<string, string>(), [new Evidence(SampleGraph.Source, "q")]);
        await temp.Store.WriteAsync(new GraphWrite(WriteOperation.CreateNode, node.Id, node, null, null, "alice"), CancellationToken.None);

        await new DatasetSeeder(temp.Store, Options.Create(new SeedOptions()), NullLogger<DatasetSeeder>.Instance).StartAsync(CancellationToken.None);
        var kept = await temp.Store.GetNodesAsync([node.Id], CancellationToken.None);
        await new DatasetSeeder(temp.Store, Options.Create(new SeedOptions { ReplaceCuratorChanges = true }), NullLogger<DatasetSeeder>.Instance).StartAsync(CancellationToken.None);
        var replaced = await temp.Store.GetNodesAsync([node.Id], CancellationToken.None);

        Assert.Single(kept);
        Assert.Empty(replaced);
        Assert.Equal(AuditEntry.ImportOperation, (await temp.Store.GetAuditAsync(null, 1, CancellationToken.None)).Single().Operation);
    }
}

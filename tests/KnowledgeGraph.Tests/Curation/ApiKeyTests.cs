using KnowledgeGraph.Graph;
using Xunit;

namespace KnowledgeGraph.Tests;

/// <summary>Issued API keys: random, prefixed, and admitted by their configured hash alone.</summary>
public sealed class ApiKeyTests
{
    [Fact]
    public async Task An_issued_key_is_admitted_by_its_hash_and_only_the_hash_is_configured()
    {
        var (key, hash) = ApiKeys.Issue();
        var (other, _) = ApiKeys.Issue();
        await using var api = await ApiFactory.WithSample(new Dictionary<string, string?>
        {
            ["Auth:ApiKeys:0:Name"] = "carol",
            ["Auth:ApiKeys:0:Hash"] = hash,
            ["Auth:ApiKeys:0:Roles:0"] = "curator",
        });

        var admitted = await api.PostAsync("{ changes(first: 1) { sequence } }", apiKey: key);
        var refused = await api.PostAsync("{ changes(first: 1) { sequence } }", apiKey: other);

        Assert.StartsWith("kg_", key, StringComparison.Ordinal);
        Assert.NotEqual(key, other);
        Assert.Matches("^[0-9A-F]{64}$", hash);
        Assert.Equal(hash, ApiKeys.Hash(key));
        Assert.Equal(1, admitted.Data().At("changes").GetArrayLength());
        Assert.Equal(["UNAUTHORIZED"], refused.ErrorCodes());
    }
}

using System.Text.RegularExpressions;
using KnowledgeGraph.Graph;
using Xunit;

namespace KnowledgeGraph.Tests;

/// <summary>The OpenAPI document's examples name real entities of the curated graph, so a dashboard developer can paste them.</summary>
public sealed partial class OpenApiExampleTests(CuratedFixture fixture) : IClassFixture<CuratedFixture>
{
    [Fact]
    public async Task Every_id_in_the_examples_exists_in_the_curated_graph()
    {
        var document = await fixture.Api.CreateClient().GetStringAsync(new Uri("/swagger/v1/swagger.json", UriKind.Relative));
        var ids = fixture.Dataset.Nodes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        var named = NodeIds().Matches(document).Select(m => m.Value)
            .Where(id => NodeId.LabelOf(id) is not null && !id.Contains("no-such", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal).ToList();
        Assert.True(named.Count >= 10, $"only {named.Count} ids in the examples");
        var missing = named.Where(id => !ids.Contains(id)).ToList();
        Assert.True(missing.Count == 0, "Not in the curated graph: " + string.Join(", ", missing));
    }

    [GeneratedRegex(@"\b[a-z]+:[a-z0-9][a-z0-9-]*[a-z0-9]\b", RegexOptions.CultureInvariant)]
    private static partial Regex NodeIds();
}

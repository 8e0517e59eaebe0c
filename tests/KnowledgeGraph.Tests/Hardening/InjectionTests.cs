using System.Text.Json;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Store.Neo4j;
using Xunit;

namespace KnowledgeGraph.Tests;

/// <summary>Values carrying SQL, FTS5 and Cypher syntax are data: searched for, compared, never executed.</summary>
public sealed class InjectionTests(GraphQLSampleFixture fixture) : IClassFixture<GraphQLSampleFixture>
{
    public static TheoryData<string> Hostile() =>
    [
        "'; DROP TABLE nodes; --",
        "\" OR 1=1 --",
        "x' UNION SELECT id, evidence FROM rels --",
        "dust* OR NEAR(dust pneumoconiosis, 2) NOT \"a\"",
        "name:dust^10 AND {!lucene}",
        "}) MATCH (n) DETACH DELETE n //",
        "$id` ) RETURN 1 UNION MATCH (n) RETURN n //",
        "\\\\' \\\" \\u0000",
    ];

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task Search_and_filters_treat_hostile_text_as_text(string text)
    {
        var store = fixture.Api.Store;
        var before = JsonSerializer.Serialize(await store.GetStatisticsAsync(CancellationToken.None));

        var response = await fixture.Api.GraphQLAsync(
            """
            query($t: String!) {
              search(text: $t) { entity { id } }
              hazards(where: { or: [{ name: { contains: $t } }, { name: { eq: $t } }, { aliases: { some: { eq: $t } } }] }) { totalCount }
              programs(where: { hazards: { some: { name: { startsWith: $t } } } }) { totalCount }
            }
            """,
            new { t = text });

        var data = response.Data();
        Assert.Equal(0, data.At("hazards.totalCount").GetInt32());
        Assert.Equal(0, data.At("programs.totalCount").GetInt32());
        Assert.Equal(JsonValueKind.Array, data.At("search").ValueKind);
        Assert.Equal(before, JsonSerializer.Serialize(await store.GetStatisticsAsync(CancellationToken.None)));
        Assert.Equal(2, await store.CountNodesAsync("Hazard", null, CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Cypher_statements_carry_hostile_text_only_as_parameters(string text)
    {
        var filter = new OrFilter([
            new PropertyFilter("name", FilterOperator.Contains, text),
            new AliasesFilter(Quantifier.Some, new PropertyFilter("value", FilterOperator.Eq, text), null),
            new RelationFilter("CAUSES", Direction.Out, "Disease", Quantifier.Some, new PropertyFilter("name", FilterOperator.StartsWith, text), null),
        ]);

        var statements = new[]
        {
            CypherStatements.Page("Hazard", filter, [new SortKey("name", false)], [text, "hazard:x"], null, false, 10),
            CypherStatements.Count("Hazard", filter),
            CypherStatements.Search(LuceneQuery.Build(text) ?? "x", LuceneQuery.Words(text), text, ["Hazard"], 5),
        };

        foreach (var statement in statements)
        {
            Assert.DoesNotContain(text, statement.Text, StringComparison.Ordinal);
            Assert.Contains(statement.Parameters.Values, v => Flatten(v).Any(s => s == text));
        }
    }

    private static IEnumerable<string> Flatten(object? value) => value switch
    {
        string s => [s],
        System.Collections.IEnumerable list => list.Cast<object?>().SelectMany(Flatten),
        _ => [],
    };
}

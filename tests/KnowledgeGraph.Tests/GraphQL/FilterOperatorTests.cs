using Xunit;

namespace KnowledgeGraph.Tests;

/// <summary>Every filter operator, through GraphQL, on the sample graph (whose answers are known by heart).</summary>
public sealed class FilterOperatorTests(GraphQLSampleFixture fixture) : IClassFixture<GraphQLSampleFixture>
{
    [Theory]
    [InlineData("{ name: { eq: \"Dust Project\" } }", "program:dust-project")]
    [InlineData("{ name: { neq: \"Dust Project\" } }", "program:campaign,program:dialogue,program:labor-dialogue,program:no-date")]
    [InlineData("{ name: { in: [\"Dust Project\", \"Labor Dialogue\"] } }", "program:dust-project,program:labor-dialogue")]
    [InlineData("{ kind: { nin: [DIALOGUE, PROJECT] } }", "program:campaign,program:no-date")]
    [InlineData("{ name: { contains: \"DIALOGUE\" } }", "program:dialogue,program:labor-dialogue")]
    [InlineData("{ name: { ncontains: \"dialogue\" } }", "program:campaign,program:dust-project,program:no-date")]
    [InlineData("{ name: { startsWith: \"Dust\" } }", "program:dust-project")]
    [InlineData("{ name: { nstartsWith: \"D\" } }", "program:campaign,program:dialogue,program:labor-dialogue,program:no-date")]
    [InlineData("{ name: { endsWith: \"Campaign\" } }", "program:campaign")]
    [InlineData("{ name: { nendsWith: \"Dialogue\" } }", "program:campaign,program:dust-project,program:no-date")]
    [InlineData("{ startDate: { gt: \"2013\" } }", "program:campaign")]
    [InlineData("{ startDate: { gte: \"2013\" } }", "program:campaign,program:dust-project")]
    [InlineData("{ startDate: { lt: \"2012-11\" } }", "program:labor-dialogue")]
    [InlineData("{ startDate: { lte: \"2012-11\" } }", "program:dialogue,program:labor-dialogue")]
    [InlineData("{ startDate: { ngt: \"2013\" } }", "program:dialogue,program:dust-project,program:labor-dialogue,program:no-date")]
    [InlineData("{ startDate: { startsWith: \"2012-\" } }", "program:dialogue")]
    [InlineData("{ startDate: { eq: null } }", "program:no-date")]
    [InlineData("{ startDate: { neq: null } }", "program:campaign,program:dialogue,program:dust-project,program:labor-dialogue")]
    [InlineData("{ kind: { eq: DIALOGUE } }", "program:dialogue,program:labor-dialogue")]
    [InlineData("{ kind: { neq: DIALOGUE } }", "program:campaign,program:dust-project,program:no-date")]
    [InlineData("{ kind: { in: [CAMPAIGN, SERVICE] } }", "program:campaign,program:no-date")]
    [InlineData("{ id: { eq: \"program:campaign\" } }", "program:campaign")]
    [InlineData("{ id: { in: [\"program:campaign\", \"program:no-date\"] } }", "program:campaign,program:no-date")]
    [InlineData("{ or: [{ kind: { eq: SERVICE } }, { startDate: { lt: \"2011\" } }] }", "program:labor-dialogue,program:no-date")]
    [InlineData("{ and: [{ kind: { eq: DIALOGUE } }, { startDate: { gte: \"2011\" } }] }", "program:dialogue")]
    [InlineData("{ countries: { some: { id: { eq: \"country:cn\" } } } }", "program:campaign,program:dialogue,program:dust-project")]
    [InlineData("{ countries: { all: { id: { eq: \"country:cn\" } } } }", "program:campaign,program:dust-project,program:labor-dialogue,program:no-date")]
    [InlineData("{ countries: { none: { id: { eq: \"country:us\" } } } }", "program:campaign,program:dust-project,program:labor-dialogue,program:no-date")]
    [InlineData("{ countries: { any: false } }", "program:labor-dialogue,program:no-date")]
    [InlineData("{ countries: { any: true } }", "program:campaign,program:dialogue,program:dust-project")]
    [InlineData("{ hazards: { some: { category: { eq: DUST } } } }", "program:dust-project")]
    [InlineData("{ parent: { kind: { eq: DIALOGUE } } }", "program:dust-project")]
    [InlineData("{ subprograms: { some: { hazards: { some: { causes: { some: { icd10: { startsWith: \"J6\" } } } } } } } }", "program:dialogue")]
    [InlineData("{ events: { some: { people: { some: { name: { contains: \"main\" } } } } } }", "program:dialogue")]
    [InlineData("{ name: { contains: \"dialogue\", startsWith: \"Labor\" } }", "program:labor-dialogue")]
    [InlineData("{ name: { or: [{ eq: \"Dust Project\" }, { endsWith: \"Campaign\" }] } }", "program:campaign,program:dust-project")]
    public async Task Each_operator_selects_the_expected_programs(string where, string expected)
    {
        var response = await fixture.Api.GraphQLAsync($"{{ programs(where: {where}, order: [{{ id: ASC }}]) {{ totalCount nodes {{ id }} }} }}");

        var data = response.Data().At("programs");
        var ids = data.At("nodes").Strings("id");
        Assert.Equal(expected.Split(','), ids);
        Assert.Equal(ids.Count, data.At("totalCount").GetInt32());
    }

    [Theory]
    [InlineData("{ aliases: { some: { eq: \"USDOL\" } } }", "agency:dol")]
    [InlineData("{ aliases: { some: { startsWith: \"S\" } } }", "agency:saws")]
    [InlineData("{ aliases: { none: { contains: \"dol\" } } }", "agency:saws")]
    [InlineData("{ aliases: { all: { endsWith: \"L\" } } }", "agency:dol")]
    [InlineData("{ aliases: { any: true }, programs: { some: { kind: { eq: DIALOGUE } } } }", "agency:dol,agency:saws")]
    [InlineData("{ country: { id: { eq: \"country:cn\" } } }", "agency:saws")]
    public async Task Aliases_and_single_relationships_filter_agencies(string where, string expected)
    {
        var response = await fixture.Api.GraphQLAsync($"{{ agencies(where: {where}, order: [{{ id: ASC }}]) {{ nodes {{ id }} }} }}");

        Assert.Equal(expected.Split(','), response.Data().At("agencies.nodes").Strings("id"));
    }

    [Fact]
    public async Task Sorting_takes_several_keys_in_order()
    {
        var response = await fixture.Api.GraphQLAsync("{ programs(order: [{ kind: ASC }, { startDate: DESC }]) { nodes { id } } }");

        Assert.Equal(
            ["program:campaign", "program:dialogue", "program:labor-dialogue", "program:dust-project", "program:no-date"],
            response.Data().At("programs.nodes").Strings("id"));
    }

    [Fact]
    public async Task Variables_carry_filters_as_a_HotChocolate_client_sends_them()
    {
        const string query = "query($where: ProgramFilterInput, $order: [ProgramSortInput!]) { programs(where: $where, order: $order) { nodes { id } } }";
        var response = await fixture.Api.GraphQLAsync(query, new
        {
            where = new { kind = new { @in = new[] { "DIALOGUE", "PROJECT" } }, startDate = new { gte = "2012" } },
            order = new[] { new { startDate = "ASC" } },
        });

        Assert.Equal(["program:dialogue", "program:dust-project"], response.Data().At("programs.nodes").Strings("id"));
    }
}

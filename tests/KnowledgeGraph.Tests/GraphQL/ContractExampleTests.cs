using KnowledgeGraph.Graph;
using Xunit;

namespace KnowledgeGraph.Tests;

/// <summary>
/// The contract's two example queries, and the batching guarantee, on the curated graph. One suite for every store:
/// <see cref="ContractExampleTests"/> (SQLite) and <see cref="Neo4jContractExampleTests"/> run it.
/// </summary>
public abstract class ContractExampleSuite(ICuratedHost fixture)
{
    [SkippableFact]
    public async Task Which_dialogues_covered_pneumoconiosis_answers_from_the_data_with_evidence_paths()
    {
        fixture.SkipIfUnavailable();
        var response = await fixture.Api.GraphQLAsync("""
            {
              diseases(where: { name: { eq: "Pneumoconiosis" } }) {
                nodes {
                  name
                  coveredBy(kind: DIALOGUE) {
                    direct
                    program { name startDate }
                    path { steps { from { name } type to { name } evidence { source { title } quote } } }
                  }
                  all: coveredBy { direct program { id kind } path { steps { type to { id } evidence { source { id } quote } } } }
                }
              }
            }
            """);

        var disease = response.Data().At("diseases.nodes.0");
        Assert.Equal("Pneumoconiosis", disease.At("name").GetString());

        // The dialogues answer is exactly what the coverage rules give over the dataset (the documents tie no dialogue to dust).
        var expectedDialogues = Coverage("disease:pneumoconiosis").Where(p => fixture.Reference.Node(p)!.Get("kind") == "DIALOGUE").ToList();
        Assert.Equal(expectedDialogues.Count, disease.At("coveredBy").GetArrayLength());

        // Every covering program: direct first; the DOL–SAWS exchange project through dust and the ILO reference fact.
        var all = disease.At("all").EnumerateArray().ToList();
        Assert.Equal(Coverage("disease:pneumoconiosis").Order(StringComparer.Ordinal), all.Select(c => c.At("program.id").GetString()).Order(StringComparer.Ordinal));
        Assert.True(all[0].At("direct").GetBoolean());
        var exchange = all.Single(c => c.At("program.id").GetString() == "program:us-china-exchange-and-cooperation-on-workplace-safety");
        Assert.Equal(["ADDRESSES", "CAUSES"], exchange.At("path.steps").Strings("type"));
        Assert.Equal("source:ilo-list-occupational-diseases-2010", exchange.At("path.steps.1.evidence.0.source.id").GetString());
        Assert.All(all, c => Assert.All(c.At("path.steps").EnumerateArray(), s => Assert.NotEmpty(s.At("evidence").EnumerateArray())));
    }

    [SkippableFact]
    public async Task Programs_involving_China_that_addressed_dust_newest_first()
    {
        fixture.SkipIfUnavailable();
        var response = await fixture.Api.GraphQLAsync("""
            {
              programs(where: { countries: { some: { id: { eq: "country:cn" } } },
                                hazards: { some: { category: { eq: DUST } } } },
                       order: [{ startDate: DESC }]) {
                totalCount
                nodes { id name kind startDate }
              }
            }
            """);

        var filter = new AndFilter([
            new RelationFilter("INVOLVES", Direction.Out, "Country", Quantifier.Some, new PropertyFilter("id", FilterOperator.Eq, "country:cn")),
            new RelationFilter("ADDRESSES", Direction.Out, "Hazard", Quantifier.Some, new PropertyFilter("category", FilterOperator.Eq, "DUST")),
        ]);
        var expected = fixture.Reference.Query("Program", filter, [new SortKey("startDate", Descending: true)]).Select(n => (string?)n.Id).ToList();
        var data = response.Data().At("programs");
        Assert.Equal(expected, data.At("nodes").Strings("id"));
        Assert.Equal(expected.Count, data.At("totalCount").GetInt32());
        Assert.Contains("program:us-china-exchange-and-cooperation-on-workplace-safety", expected);
    }

    [SkippableFact]
    public async Task A_three_level_query_over_all_programs_costs_as_many_statements_as_over_three()
    {
        fixture.SkipIfUnavailable();
        const string query = """
            query($n: Int) {
              programs(first: $n, order: [{ name: ASC }]) {
                nodes { name agencies { name country { name } } hazards { name causes { name } } events { name people { name } } }
              }
            }
            """;
        var counts = new List<long>();
        foreach (var n in new[] { 100, 60 })
        {
            var before = fixture.Api.StatementCount;
            var data = (await fixture.Api.GraphQLAsync(query, new { n })).Data();
            counts.Add(fixture.Api.StatementCount - before);
            Assert.Equal(Math.Min(n, fixture.Dataset.Nodes.Count(x => x.Label == "Program")), data.At("programs.nodes").GetArrayLength());
        }

        // 1 page + 2 per relationship field (relationships, then their nodes): 13, whatever the number of programs.
        Assert.All(counts, c => Assert.Equal(13, c));
    }

    private List<string> Coverage(string target)
    {
        // The four rules, evaluated naively over the in-memory dataset: an independent check of the store's search.
        var reached = new HashSet<string>();
        var hazards = fixture.Reference.Relationships(target, "CAUSES", Direction.In, "Hazard").Select(r => r.From).ToList();
        foreach (var t in hazards.Prepend(target))
        {
            reached.UnionWith(fixture.Reference.Relationships(t, "ADDRESSES", Direction.In, "Program").Select(r => r.From));
            foreach (var e in fixture.Reference.Relationships(t, "COVERED", Direction.In, "Event").Select(r => r.From))
            {
                reached.UnionWith(fixture.Reference.Relationships(e, "PART_OF", Direction.Out, "Program").Select(r => r.To));
            }
        }

        var frontier = reached.ToList();
        while (frontier.Count > 0)
        {
            frontier = frontier.SelectMany(p => fixture.Reference.Relationships(p, "PART_OF", Direction.Out, "Program").Select(r => r.To)).Where(reached.Add).ToList();
        }

        return reached.ToList();
    }
}

/// <summary>The contract examples on the embedded SQLite store.</summary>
public sealed class ContractExampleTests(CuratedFixture fixture) : ContractExampleSuite(fixture), IClassFixture<CuratedFixture>;

/// <summary>The contract examples on a real Neo4j (skipped, with the reason, when there is none).</summary>
[Collection(Neo4jServer.Collection)]
public sealed class Neo4jContractExampleTests(Neo4jCuratedFixture fixture) : ContractExampleSuite(fixture), IClassFixture<Neo4jCuratedFixture>;

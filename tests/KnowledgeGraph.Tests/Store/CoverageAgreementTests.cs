using KnowledgeGraph.Dataset;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Seed;
using Xunit;

namespace KnowledgeGraph.Tests;

/// <summary>
/// Each store's own coverage (SQLite's in-memory index and its statement-per-level walk, Neo4j's single Cypher
/// statement), with and without program outlines, against the generic
/// breadth-first <see cref="CoverageFinder"/> over the dataset in memory, on the curated graph and on generated
/// ones: the same programs, order, <c>direct</c> flags and chosen paths, so the implementations cannot drift.
/// </summary>
public abstract class CoverageAgreementTests(StoreKind kind)
{
    public static TheoryData<int> Graphs => new() { 0, 1, 2 };

    [SkippableTheory]
    [MemberData(nameof(Graphs))]
    public async Task The_store_finds_the_same_coverage_as_the_generic_search(int seed)
    {
        var curated = DatasetLoader.Load(DatasetFiles.Embedded(), corpusDirectory: null).Dataset!;
        var dataset = seed == 0 ? curated : SyntheticGraph.Generate(curated, curated.Nodes.Count * 3, null, seed).Dataset;
        await using var temp = await TestStore.CreateAsync(kind, dataset);
        var memory = new InMemoryGraph(dataset);
        using var walked = temp.Store is KnowledgeGraph.Store.Sqlite.SqliteGraphStore sqlite
            ? new KnowledgeGraph.Store.Sqlite.SqliteGraphStore(new() { Path = sqlite.FilePath, CoverageIndexMaxEdges = 0 })
            : null;
        var targets = dataset.Nodes.Where(n => n.Label is "Disease" or "Hazard").Select(n => n.Id).ToList();

        // All targets in one batch, and each of the first few alone; every kind, and none.
        var batches = targets.Take(20).Select(t => (IReadOnlyCollection<string>)[t]).Prepend(targets).ToList();
        foreach (var programKind in new string?[] { null }.Concat(Ontology.ProgramKinds.Take(2)))
        {
            foreach (var batch in batches)
            {
                var expected = await Reference(memory, batch, programKind);
                var actual = await temp.Store.GetCoverageAsync(batch, programKind, CancellationToken.None);
                Assert.True(batch.Count == 1 || programKind is not null || actual.Count > 0, "The graph has coverage to compare.");
                Assert.Equal(expected.Select(Describe), actual.Select(Describe));

                // Without steps: the same programs, order, flags, nodes and lengths, and no relationships.
                var light = await temp.Store.GetCoverageAsync(batch, programKind, withSteps: false, CancellationToken.None);
                Assert.Equal(expected.Select(Outline), light.Select(Outline));
                Assert.All(light, c => Assert.True(c.Path.StepsOmitted || c.Path.Steps.Count == c.Path.Length));

                // With program outlines: the same coverage, and the same programs' names and kinds.
                var outlines = await temp.Store.GetCoverageAsync(batch, programKind, withSteps: true, programOutlines: true, CancellationToken.None);
                Assert.Equal(expected.Select(Describe), outlines.Select(Describe));
                Assert.Equal(expected.Select(c => (c.Program?.Name, c.Program?.Get("kind"))), outlines.Select(c => (c.Program?.Name, c.Program?.Get("kind"))));

                // SQLite: walking the file statement by statement agrees with its in-memory index.
                if (walked is not null)
                {
                    Assert.Equal(expected.Select(Describe), (await walked.GetCoverageAsync(batch, programKind, CancellationToken.None)).Select(Describe));
                }
            }
        }
    }

    private static Task<IReadOnlyList<Coverage>> Reference(InMemoryGraph memory, IReadOnlyCollection<string> targets, string? programKind) =>
        CoverageFinder.FindAsync(
            targets,
            programKind,
            (ids, type, direction, otherLabel, _) => Task.FromResult<IReadOnlyList<GraphRelationship>>(
                ids.SelectMany(id => memory.Relationships(id, type, direction, otherLabel)).DistinctBy(r => r.Id).ToList()),
            (ids, _) => Task.FromResult<IReadOnlyList<GraphNode>>(ids.Select(memory.Node).OfType<GraphNode>().ToList()),
            CancellationToken.None);

    private static string Outline(Coverage c) =>
        $"{c.TargetId} <- {c.ProgramId} direct={c.Direct} length={c.Path.Length}: {string.Join(" ", c.Path.NodeIds)}";

    private static string Describe(Coverage c) =>
        $"{c.TargetId} <- {c.ProgramId} direct={c.Direct}: {string.Join(" ", c.Path.NodeIds)} via {string.Join(" ", c.Path.Steps.Select(s => s.Id + "#" + s.Evidence.Count))}";
}

/// <summary>Coverage agreement on the embedded SQLite store.</summary>
public sealed class SqliteCoverageAgreementTests() : CoverageAgreementTests(StoreKind.Sqlite);

/// <summary>Coverage agreement on a real Neo4j (skipped, with the reason, when there is none).</summary>
[Collection(Neo4jServer.Collection)]
public sealed class Neo4jCoverageAgreementTests() : CoverageAgreementTests(StoreKind.Neo4j);

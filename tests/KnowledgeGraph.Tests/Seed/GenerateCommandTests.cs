using KnowledgeGraph.Dataset;
using KnowledgeGraph.Seed;
using Xunit;

namespace KnowledgeGraph.Tests;

/// <summary><c>generate</c>: a synthetic dataset the loader accepts, shaped like the curated graph, the same for a seed.</summary>
public sealed class GenerateCommandTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "kg-generate-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private async Task<DatasetLoadResult> GenerateAndLoad(string name, int nodes, int seed)
    {
        var dir = Path.Combine(_root, name);
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var code = await SeedCommands.GenerateAsync(nodes, null, seed, dir, output, errors, CancellationToken.None);
        Assert.True(code == 0, errors.ToString());
        return DatasetLoader.Load(DatasetFiles.FromDirectory(dir), Path.Combine(dir, "corpus"));
    }

    [Fact]
    public async Task A_generated_2000_node_dataset_validates_with_quotes_checked_against_its_corpus()
    {
        var result = await GenerateAndLoad("a", 2000, 7);

        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Errors.Take(10)));
        Assert.Equal(2000, result.Dataset!.Nodes.Count);
        Assert.All(result.Dataset.Nodes, n => Assert.NotEmpty(n.Evidence));
        Assert.All(result.Dataset.Relationships, r => Assert.NotEmpty(r.Evidence));
    }

    [Fact]
    public async Task A_generated_dataset_has_the_curated_label_mix_and_relationships_per_node()
    {
        var curated = DatasetLoader.Load(DatasetFiles.Embedded(), null).Dataset!;
        var generated = (await GenerateAndLoad("mix", 2000, 7)).Dataset!;

        var curatedOthers = curated.Nodes.Count(n => n.Label != "Source");
        var generatedOthers = generated.Nodes.Count(n => n.Label != "Source");
        foreach (var label in curated.Nodes.Select(n => n.Label).Where(l => l != "Source").Distinct())
        {
            var expected = (double)curated.Nodes.Count(n => n.Label == label) / curatedOthers;
            var actual = (double)generated.Nodes.Count(n => n.Label == label) / generatedOthers;
            Assert.True(Math.Abs(expected - actual) < 0.002, $"{label}: {actual:P2} of the generated nodes, {expected:P2} of the curated ones");
        }

        var curatedDegree = (double)curated.Relationships.Count / curated.Nodes.Count;
        var generatedDegree = (double)generated.Relationships.Count / generated.Nodes.Count;
        Assert.InRange(generatedDegree, curatedDegree * 0.9, curatedDegree * 1.05);
    }

    [Fact]
    public async Task The_same_seed_gives_the_same_files_and_another_seed_different_ones()
    {
        await GenerateAndLoad("one", 300, 3);
        await GenerateAndLoad("two", 300, 3);
        await GenerateAndLoad("three", 300, 4);

        Assert.Equal(
            DatasetFiles.ContentHash(DatasetFiles.FromDirectory(Path.Combine(_root, "one"))),
            DatasetFiles.ContentHash(DatasetFiles.FromDirectory(Path.Combine(_root, "two"))));
        Assert.NotEqual(
            DatasetFiles.ContentHash(DatasetFiles.FromDirectory(Path.Combine(_root, "one"))),
            DatasetFiles.ContentHash(DatasetFiles.FromDirectory(Path.Combine(_root, "three"))));
    }

    [Fact]
    public async Task Too_few_nodes_is_a_usage_error_that_writes_nothing()
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var dir = Path.Combine(_root, "none");

        var code = await SeedCommands.GenerateAsync(10, null, 1, dir, output, errors, CancellationToken.None);

        Assert.Equal(2, code);
        Assert.False(Directory.Exists(dir));
        Assert.Contains("--nodes", errors.ToString(), StringComparison.Ordinal);
    }
}

using KnowledgeGraph.Dataset;
using KnowledgeGraph.Graph;
using Xunit;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace KnowledgeGraph.Tests;

/// <summary>
/// Files read one at a time (a directory's, as the seed tool and the host load them) give exactly what the same
/// files held in a list give, and the event-built YAML tree reports what YamlDotNet's representation model did.
/// </summary>
public sealed class StreamedLoadTests(TestCorpus corpus) : IClassFixture<TestCorpus>
{
    public static TheoryData<string> Cases => new(BrokenDatasetCases.All.Keys);

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_broken_dataset_read_one_file_at_a_time_reports_the_same_errors(string name)
    {
        var dataset = BrokenDatasetCases.All[name].Break(TestDataset.Valid);

        var held = DatasetLoader.Load(dataset.Files, corpus.Path);
        var streamed = DatasetLoader.Load(OneAtATime(dataset.Files), corpus.Path);

        Assert.NotEmpty(streamed.Errors);
        Assert.Equal(held.Errors, streamed.Errors);
        Assert.Equal(held.ContentHash, streamed.ContentHash);
        Assert.Null(streamed.Dataset);
    }

    [Fact]
    public void The_curated_dataset_read_from_its_directory_one_file_at_a_time_is_the_same_graph()
    {
        var dir = RepositoryPaths.Of("seed", "data");
        var held = DatasetLoader.Load(DatasetFiles.FromDirectory(dir), null);

        var streamed = DatasetLoader.Load(DatasetFiles.EnumerateDirectory(dir), null);

        Assert.True(streamed.IsValid, string.Join("\n", streamed.Errors));
        Assert.Equal(held.ContentHash, streamed.ContentHash);
        Assert.Equal(DatasetFiles.ContentHash(DatasetFiles.Embedded()), DatasetFiles.ContentHash(DatasetFiles.EnumerateDirectory(dir)));
        Assert.Equal(Canonical(held.Dataset!), Canonical(streamed.Dataset!));
    }

    [Fact]
    public void Relationships_come_in_ordinal_order_of_their_ids_even_when_one_end_prefixes_another()
    {
        var dataset = TestDataset.Valid.Replace("alpha.yaml", "  - id: agency:dol\n", "  - id: agency:dol-x\n    name: DOL X\n    kind: GOVERNMENT\n    evidence:\n      - \"The Department of Labor leads the Dust Project.\"\n  - id: agency:dol\n")
            .Append("alpha.yaml", "  - from: agency:dol-x\n    type: PARTICIPATES_IN\n    to: program:dust-project\n    evidence:\n      - \"The Department of Labor leads the Dust Project.\"");

        var result = dataset.Load(corpus.Path);

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        var ids = result.Dataset!.Relationships.Select(r => r.Id).ToArray();
        Assert.Contains("agency:dol-x|PARTICIPATES_IN|program:dust-project", ids);
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
    }

    [Fact]
    public void Files_read_one_at_a_time_must_come_in_name_order()
    {
        var files = TestDataset.Valid.Files.Reverse().ToArray();

        Assert.Throws<ArgumentException>(() => DatasetLoader.Load(OneAtATime(files), null));
        Assert.Equal(DatasetFiles.ContentHash(TestDataset.Valid.Files), DatasetFiles.ContentHash(files));
    }

    [Fact]
    public void Anchors_and_aliases_read_as_the_values_they_name()
    {
        var plain = TestDataset.Valid.Replace("alpha.yaml", "aliases: [Dust]", "aliases: [Dust, Grit]");
        var aliased = TestDataset.Valid.Replace("alpha.yaml", "aliases: [Dust]", "aliases: [Dust, &grit Grit]\n    description: *grit");
        var withDescription = plain.Replace("alpha.yaml", "aliases: [Dust, Grit]", "aliases: [Dust, Grit]\n    description: Grit");

        var result = aliased.Load(corpus.Path);

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Equal(Canonical(withDescription.Load(corpus.Path).Dataset!), Canonical(result.Dataset!));
    }

    [Fact]
    public void A_file_source_written_after_the_items_still_applies_to_their_plain_quotes()
    {
        var moved = TestDataset.Valid.Replace("alpha.yaml", "source: source:alpha\n", string.Empty).Append("alpha.yaml", "source: source:alpha");

        var result = moved.Load(corpus.Path);

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Equal(Canonical(TestDataset.Valid.Load(corpus.Path).Dataset!), Canonical(result.Dataset!));
    }

    [Fact]
    public void A_file_that_turns_out_unreadable_reports_only_its_yaml_error()
    {
        var broken = TestDataset.Valid.Replace("alpha.yaml", "kind: PROJECT", "kind: PILOT").Append("alpha.yaml", "nodes: []");

        var result = broken.Load(corpus.Path);

        var alpha = result.Errors.Where(e => e.File == "alpha.yaml").ToArray();
        var error = Assert.Single(alpha);
        Assert.StartsWith("YAML syntax error:", error.Message, StringComparison.Ordinal);
        Assert.Contains("Duplicate key nodes", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nodes:\n  - id: hazard:dust\n    id: hazard:grit\n")]
    [InlineData("nodes: [1]\nnodes: [2]\n")]
    [InlineData("nodes:\n  - id: hazard:dust\n    name: 'Dust\n")]
    [InlineData("nodes:\n  - *nowhere\n")]
    [InlineData("a: 1\n---\nb: [\n")]
    public void Unreadable_yaml_is_reported_as_the_representation_model_reports_it(string text)
    {
        var expected = RepresentationModelError(text);

        var result = DatasetLoader.Load([new DatasetFile("bad.yaml", text)], null);

        var error = result.Errors.First();
        Assert.Equal(expected.Start.Line, error.Line);
        Assert.Equal(expected.Start.Column, error.Column);
        Assert.Equal($"YAML syntax error: {expected.Message}", error.Message);
    }

    private static YamlException RepresentationModelError(string text) =>
        Assert.ThrowsAny<YamlException>(() => new YamlStream().Load(new StringReader(text)));

    private static IEnumerable<DatasetFile> OneAtATime(IEnumerable<DatasetFile> files)
    {
        foreach (var file in files)
        {
            yield return file;
        }
    }

    private static string[] Canonical(GraphDataset dataset) =>
    [
        .. dataset.Nodes.Select(n => $"{n.Id}|{n.Label}|{n.Name}|{n.Description}|{string.Join(",", n.Aliases)}|{string.Join(",", n.Properties)}|{string.Join(",", n.Evidence)}"),
        .. dataset.Relationships.Select(r => $"{r.Id}|{string.Join(",", r.Properties)}|{string.Join(",", r.Evidence)}"),
    ];
}

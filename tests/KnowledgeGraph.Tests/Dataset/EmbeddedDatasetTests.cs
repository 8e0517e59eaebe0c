using KnowledgeGraph.Dataset;
using Xunit;

namespace KnowledgeGraph.Tests;

/// <summary>The curated dataset as built into the assembly: it loads, and its quotes are verbatim in the corpus.</summary>
public sealed class EmbeddedDatasetTests
{
    [Fact]
    public void The_embedded_files_are_the_yaml_files_of_seed_data_ordered_by_name()
    {
        var embedded = DatasetFiles.Embedded();

        Assert.NotEmpty(embedded);
        Assert.Contains(embedded, f => f.Name == "sources.yaml");
        Assert.Equal(embedded.Select(f => f.Name).Order(StringComparer.Ordinal), embedded.Select(f => f.Name));
        var onDisk = DatasetFiles.FromDirectory(RepositoryPaths.Of("seed", "data")).Select(f => f.Name).ToHashSet();
        Assert.All(embedded, f => Assert.Contains(f.Name, onDisk));
    }

    [Fact]
    public void The_embedded_dataset_loads_without_errors()
    {
        var result = DatasetLoader.Load(DatasetFiles.Embedded(), corpusDirectory: null);

        Assert.True(result.IsValid, $"{result.Errors.Count} error(s):\n{string.Join("\n", result.Errors)}");
        Assert.NotEmpty(result.Dataset!.Nodes);
        Assert.NotEmpty(result.Dataset.Relationships);
    }

    [CorpusFact]
    public void Every_quote_is_verbatim_in_its_source_document()
    {
        var corpus = CorpusLocator.Find(null)!;
        Assert.NotEmpty(Directory.GetFiles(corpus, "*.txt"));
        var files = DatasetFiles.Embedded();

        // The errors only the corpus can show: quotes not found, document files missing.
        var without = DatasetLoader.Load(files, null).Errors.Select(e => e.ToString()).ToHashSet();
        var corpusErrors = DatasetLoader.Load(files, corpus).Errors.Where(e => !without.Contains(e.ToString())).ToList();

        Assert.True(corpusErrors.Count == 0, $"checked against {corpus}; {corpusErrors.Count} error(s):\n{string.Join("\n", corpusErrors)}");
    }
}

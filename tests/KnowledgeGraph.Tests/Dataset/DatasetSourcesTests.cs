using KnowledgeGraph.Dataset;
using Xunit;

namespace KnowledgeGraph.Tests;

/// <summary>Where the loader's inputs come from: a directory of files, and the corpus when there is one.</summary>
public sealed class DatasetSourcesTests
{
    [Fact]
    public void A_directory_gives_its_yaml_files_ordered_by_name()
    {
        var dir = Directory.CreateTempSubdirectory("kg-dataset-files-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "b.yaml"), "nodes: []\n");
            File.WriteAllText(Path.Combine(dir, "a.yaml"), "relationships: []\n");
            File.WriteAllText(Path.Combine(dir, "notes.txt"), "not part of the dataset");

            var files = DatasetFiles.FromDirectory(dir);

            Assert.Equal([new DatasetFile("a.yaml", "relationships: []\n"), new DatasetFile("b.yaml", "nodes: []\n")], files);
            Assert.True(DatasetLoader.Load(files, null).IsValid);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void An_explicit_corpus_directory_that_exists_is_used()
    {
        using var corpus = new TestCorpus();

        Assert.Equal(Path.GetFullPath(corpus.Path), CorpusLocator.Find(corpus.Path));
    }

    [Fact]
    public void Without_a_corpus_quotes_are_not_checked_but_everything_else_is()
    {
        var dataset = TestDataset.Valid.Replace("alpha.yaml", "Dust causes silicosis.", "Dust always causes silicosis.");

        Assert.True(dataset.Load(null).IsValid);
        Assert.True(dataset.Load(Path.Combine(Path.GetTempPath(), "kg-no-such-corpus-" + Guid.NewGuid().ToString("N"))).IsValid);
        Assert.False(dataset.Replace("alpha.yaml", "kind: PROJECT", "kind: PILOT").Load(null).IsValid);
    }

    [Fact]
    public void Reference_sources_are_not_looked_for_in_the_corpus()
    {
        using var corpus = new TestCorpus();

        // "silica dust causes silicosis" is in no corpus file; it cites a REFERENCE source.
        Assert.True(TestDataset.Valid.Load(corpus.Path).IsValid);
    }
}

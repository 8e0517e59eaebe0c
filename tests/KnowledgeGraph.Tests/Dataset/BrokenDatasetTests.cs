using Xunit;

namespace KnowledgeGraph.Tests;

/// <summary>Each broken dataset gives exactly its error, at the right file and line, and no graph.</summary>
public sealed class BrokenDatasetTests(TestCorpus corpus) : IClassFixture<TestCorpus>
{
    public static TheoryData<string> Cases => new(BrokenDatasetCases.All.Keys);

    [Fact]
    public void The_valid_test_dataset_loads_with_and_without_the_corpus()
    {
        foreach (var dir in new[] { corpus.Path, null })
        {
            var result = TestDataset.Valid.Load(dir);
            Assert.True(result.IsValid, string.Join("\n", result.Errors));
            Assert.NotNull(result.Dataset);
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_broken_dataset_reports_the_error_at_its_line(string name)
    {
        var broken = BrokenDatasetCases.All[name];
        var dataset = broken.Break(TestDataset.Valid);

        var result = dataset.Load(corpus.Path);

        Assert.Null(result.Dataset);
        Assert.False(result.IsValid);
        var error = Assert.Single(result.Errors);
        Assert.Equal(broken.File, error.File);
        Assert.Equal(dataset.LineOf(broken.File, broken.Needle), error.Line);
        Assert.True(error.Column >= 1, error.ToString());
        Assert.Contains(broken.Reason, error.Message, StringComparison.Ordinal);
    }
}

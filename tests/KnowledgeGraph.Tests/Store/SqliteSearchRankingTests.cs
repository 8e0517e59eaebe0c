using KnowledgeGraph.Dataset;
using KnowledgeGraph.Seed;
using KnowledgeGraph.Store.Sqlite;
using Xunit;

namespace KnowledgeGraph.Tests;

/// <summary>
/// On a large index search first counts the name and alias matches and, when no mention can reach them, ranks only
/// those, and makes snippets from the page's rowid range; on a small one it ranks every match. Both must answer
/// exactly the same. Once it has seen the index large it ranks the name matches without counting them when a full
/// page of them settles it, and counts only when not: that too must answer the same, so each store searches twice.
/// </summary>
public sealed class SqliteSearchRankingTests
{
    [Theory]
    [InlineData("dust")]
    [InlineData("pneumoconiosis")]
    [InlineData("mine safety")]
    [InlineData("black lung")]
    [InlineData("occupational")]
    [InlineData("safety")]
    public async Task Counting_name_matches_first_changes_no_answer(string text)
    {
        var curated = DatasetLoader.Load(DatasetFiles.Embedded(), null).Dataset!;
        await using var temp = await TempStore.CreateAsync(curated);
        using var bounded = new SqliteGraphStore(new SqliteStoreOptions { Path = temp.Path, SearchBoundedRankingFrom = 0 });

        foreach (var first in new[] { 1, 2, 3, 5, 10, 100 })
        {
            foreach (var labels in new[] { null, new[] { "Program" }, new[] { "Hazard", "Disease" } })
            {
                var all = await temp.Store.SearchAsync(text, labels, first, CancellationToken.None);
                var counted = await bounded.SearchAsync(text, labels, first, CancellationToken.None);
                Assert.Equal(all, counted);
                Assert.Equal(all, await bounded.SearchAsync(text, labels, first, CancellationToken.None));
            }
        }
    }

    [Theory]
    [InlineData(1, "mine safety")]
    [InlineData(2, "safety")]
    [InlineData(3, "dust")]
    public async Task On_a_generated_graph_the_bounded_ranking_answers_as_the_full_one(int seed, string text)
    {
        var curated = DatasetLoader.Load(DatasetFiles.Embedded(), null).Dataset!;
        var dataset = SyntheticGraph.Generate(curated, curated.Nodes.Count * 4, null, seed).Dataset;
        await using var temp = await TempStore.CreateAsync(dataset);
        using var bounded = new SqliteGraphStore(new SqliteStoreOptions { Path = temp.Path, SearchBoundedRankingFrom = 0 });

        foreach (var first in new[] { 1, 10, 50, 1000 })
        {
            var all = await temp.Store.SearchAsync(text, null, first, CancellationToken.None);
            Assert.Equal(all, await bounded.SearchAsync(text, null, first, CancellationToken.None));
            Assert.Equal(all, await bounded.SearchAsync(text, null, first, CancellationToken.None));
        }
    }
}

using KnowledgeGraph.Dataset;
using KnowledgeGraph.Seed;
using KnowledgeGraph.Store.Sqlite;
using Microsoft.Data.Sqlite;
using Xunit;

namespace KnowledgeGraph.Tests;

/// <summary>The dataset command line: validate, import, stats, docs — on a copy of the real dataset.</summary>
public sealed class SeedCommandLineTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "kg-seed-" + Guid.NewGuid().ToString("N"));

    public SeedCommandLineTests()
    {
        Directory.CreateDirectory(DataDirectory);
        foreach (var file in Directory.GetFiles(RepositoryPaths.Of("seed", "data"), "*.yaml"))
        {
            File.Copy(file, Path.Combine(DataDirectory, Path.GetFileName(file)));
        }
    }

    private string DataDirectory => Path.Combine(_root, "data");

    private string DatabasePath => Path.Combine(_root, "graph.db");

    private SeedContext Context => new(DataDirectory, CorpusLocator.Find(null), DatabasePath, RepositoryPaths.Root);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_root, recursive: true);
    }

    private static async Task<(int Code, string Out, string Err)> Run(Func<TextWriter, TextWriter, Task<int>> command)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var code = await command(output, errors);
        return (code, output.ToString(), errors.ToString());
    }

    private void Break(string file, string oldText, string newText)
    {
        var path = Path.Combine(DataDirectory, file);
        var text = File.ReadAllText(path);
        Assert.Contains(oldText, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(oldText, newText, StringComparison.Ordinal));
    }

    private static int LineOf(string path, string text) =>
        File.ReadAllLines(path).Select((l, i) => (l, i)).First(x => x.l.Contains(text, StringComparison.Ordinal)).i + 1;

    [Fact]
    public async Task Validate_accepts_the_real_dataset()
    {
        var (code, output, errors) = await Run((o, e) => SeedCommands.ValidateAsync(Context, o, e, CancellationToken.None));

        Assert.Equal(0, code);
        Assert.Contains("Valid:", output, StringComparison.Ordinal);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_broken_dataset_is_rejected_with_every_error_located_and_nothing_written()
    {
        Break("003-clw-our-work.yaml", "kind: NGO", "kind: CHARITY");
        Break("004-dol-nao-naalc.yaml", "type: INVOLVES", "type: INVOLVED");
        var path = Path.Combine(DataDirectory, "003-clw-our-work.yaml");

        var validate = await Run((o, e) => SeedCommands.ValidateAsync(Context, o, e, CancellationToken.None));
        var import = await Run((o, e) => SeedCommands.ImportAsync(Context, o, e, CancellationToken.None));

        Assert.Equal(1, validate.Code);
        Assert.Contains($"003-clw-our-work.yaml:{LineOf(path, "kind: CHARITY")}:", validate.Err, StringComparison.Ordinal);
        Assert.Contains("CHARITY", validate.Err, StringComparison.Ordinal);
        Assert.Contains("004-dol-nao-naalc.yaml:", validate.Err, StringComparison.Ordinal);
        Assert.Contains("INVOLVED", validate.Err, StringComparison.Ordinal);
        Assert.Contains("nothing was written", validate.Err, StringComparison.Ordinal);
        Assert.Equal(1, import.Code);
        Assert.False(File.Exists(DatabasePath), "an invalid import must not create or touch the store");
    }

    [Fact]
    public async Task Import_is_idempotent_and_a_changed_dataset_is_reimported_exactly()
    {
        var first = await Run((o, e) => SeedCommands.ImportAsync(Context, o, e, CancellationToken.None));
        var second = await Run((o, e) => SeedCommands.ImportAsync(Context, o, e, CancellationToken.None));
        var store = new SqliteGraphStore(new SqliteStoreOptions { Path = DatabasePath });
        var before = await store.GetStatisticsAsync(CancellationToken.None);

        // Remove one relationship from a file: the store must lose it too.
        var text = File.ReadAllText(Path.Combine(DataDirectory, "reference.yaml"));
        var cut = text.IndexOf("  - from: hazard:musculoskeletal-strain", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(DataDirectory, "reference.yaml"), text[..cut]);
        var third = await Run((o, e) => SeedCommands.ImportAsync(Context, o, e, CancellationToken.None));
        var after = await store.GetStatisticsAsync(CancellationToken.None);

        Assert.Equal(0, first.Code);
        Assert.Contains("added", first.Out, StringComparison.Ordinal);
        Assert.Equal(0, second.Code);
        Assert.Contains("nothing changed", second.Out, StringComparison.Ordinal);
        Assert.Equal(0, third.Code);
        Assert.Contains("1 removed", third.Out, StringComparison.Ordinal);
        Assert.Equal(before.RelationshipCount - 1, after.RelationshipCount);
        Assert.Equal(before.RelationshipsByType["CAUSES"] - 1, after.RelationshipsByType["CAUSES"]);
    }

    [Fact]
    public async Task Stats_and_docs_report_every_source()
    {
        var stats = await Run((o, e) => SeedCommands.StatsAsync(Context, o, e, CancellationToken.None));
        var docsPath = Path.Combine(_root, "dataset.md");
        File.Copy(RepositoryPaths.Of("docs", "dataset.md"), docsPath);
        var check = await Run((o, e) => SeedCommands.DocsAsync(Context, docsPath, check: true, o, e, CancellationToken.None));

        Assert.Equal(0, stats.Code);
        foreach (var file in new[] { "000_7f12168366c67289.txt", "001_00c453f80ad61442.txt", "002_30b38ee659f0801c.txt", "003_f8742a47f6e60ba9.txt", "004_8bea2dd0641702b1.txt" })
        {
            Assert.Contains(file, stats.Out, StringComparison.Ordinal);
        }

        Assert.Equal(0, check.Code);
    }
}

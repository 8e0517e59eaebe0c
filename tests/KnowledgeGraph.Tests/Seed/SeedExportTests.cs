using System.Net;
using System.Net.Sockets;
using KnowledgeGraph.Dataset;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Seed;
using KnowledgeGraph.Store.Neo4j;
using Xunit;

namespace KnowledgeGraph.Tests;

/// <summary>The command line's <c>export --format cypher</c> and <c>import --target neo4j</c>.</summary>
public sealed class SeedExportTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "kg-export-" + Guid.NewGuid().ToString("N"));

    public SeedExportTests() => Directory.CreateDirectory(_root);

    private static SeedContext Context => new(RepositoryPaths.Of("seed", "data"), null, "unused.db", RepositoryPaths.Root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Export_writes_the_constraints_then_the_whole_dataset_as_batched_merges()
    {
        var path = Path.Combine(_root, "graph.cypher");
        using var output = new StringWriter();
        using var errors = new StringWriter();

        var code = await SeedNeo4jCommands.ExportAsync(Context, "cypher", path, output, errors, CancellationToken.None);

        Assert.Equal(0, code);
        var script = await File.ReadAllTextAsync(path);
        var dataset = DatasetLoader.Load(DatasetFiles.FromDirectory(Context.DataDirectory!), null).Dataset!;
        using var expected = new StringWriter();
        CypherExport.Write(dataset, CypherStatements.SchemaScript, expected);
        Assert.Equal(expected.ToString(), script);

        var statements = CypherStatements.SplitScript(script);
        var schemaCount = CypherStatements.Schema.Count;
        Assert.All(statements.Take(schemaCount), s => Assert.StartsWith("CREATE ", s, StringComparison.Ordinal));
        Assert.StartsWith("CREATE CONSTRAINT", statements[0], StringComparison.Ordinal);
        var data = statements.Skip(schemaCount).ToList();
        Assert.NotEmpty(data);
        Assert.All(data, s => Assert.Contains("MERGE", s, StringComparison.Ordinal));
        Assert.All(dataset.Nodes, n => Assert.Contains(CypherLiteral.String(n.Id), script, StringComparison.Ordinal));
        Assert.Contains($"{dataset.Nodes.Count} nodes", output.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(path + ".tmp"));
    }

    [Fact]
    public async Task Export_without_output_writes_only_the_script_to_standard_output()
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();

        var code = await SeedNeo4jCommands.ExportAsync(Context, "cypher", null, output, errors, CancellationToken.None);

        Assert.Equal(0, code);
        Assert.StartsWith("// The occupational-safety knowledge graph, exported as Cypher.", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("Dataset:", errors.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_refuses_an_unknown_format_or_a_missing_directory_with_a_usage_error()
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();

        Assert.Equal(2, await SeedNeo4jCommands.ExportAsync(Context, "gexf", null, output, errors, CancellationToken.None));
        Assert.Equal(2, await SeedNeo4jCommands.ExportAsync(Context, "cypher", Path.Combine(_root, "missing", "graph.cypher"), output, errors, CancellationToken.None));
        Assert.Contains("Unknown format 'gexf'", errors.ToString(), StringComparison.Ordinal);
        Assert.Contains("Output directory not found", errors.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_command_line_parses_export_and_the_neo4j_import_options()
    {
        var root = SeedCommandLine.Build();

        Assert.Empty(root.Parse(["export", "--format", "cypher", "-o", "graph.cypher"]).Errors);
        Assert.NotEmpty(root.Parse(["export", "--format", "gexf"]).Errors);
        Assert.Empty(root.Parse(["import", "--target", "neo4j", "--neo4j-uri", "http://localhost:7474", "--neo4j-user", "neo4j", "--neo4j-database", "neo4j"]).Errors);
        Assert.NotEmpty(root.Parse(["import", "--target", "mysql"]).Errors);
    }

    [Fact]
    public async Task Import_into_an_unreachable_neo4j_fails_with_a_plain_message()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        using var output = new StringWriter();
        using var errors = new StringWriter();

        var code = await SeedNeo4jCommands.ImportAsync(Context, new Neo4jStoreOptions { Uri = $"http://127.0.0.1:{port}", Password = "unused" }.WithEnvironmentFallbacks(), output, errors, CancellationToken.None);

        Assert.Equal(3, code);
        Assert.Contains("cannot be reached", errors.ToString(), StringComparison.Ordinal);
        Assert.Contains("Nothing was imported", errors.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", errors.ToString(), StringComparison.Ordinal);
    }
}

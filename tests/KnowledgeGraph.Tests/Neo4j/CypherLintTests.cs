using System.Net;
using System.Text.RegularExpressions;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Store.Neo4j;
using Xunit;
using Xunit.Abstractions;

namespace KnowledgeGraph.Tests;

/// <summary>
/// There is no Neo4j server to run the Cypher against here, so every statement the Neo4j store can emit, the schema,
/// the Cypher export of the curated dataset and the Browser guide's queries go through Neo4j's own linter, under
/// Cypher 5 and Cypher 25: zero errors.
/// </summary>
public sealed partial class CypherLintTests(CuratedFixture fixture, ITestOutputHelper output) : IClassFixture<CuratedFixture>
{
    private static readonly IReadOnlyDictionary<string, object?> NoParameters = new Dictionary<string, object?>();

    [GeneratedRegex("<pre[^>]*class=\"[^\"]*runnable[^\"]*\"[^>]*>(?<query>.*?)</pre>", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex RunnableQuery();

    /// <summary>The ready queries of the Browser guide (its runnable code blocks).</summary>
    public static IReadOnlyList<string> GuideQueries() =>
        RunnableQuery().Matches(File.ReadAllText(RepositoryPaths.Of("api", "KnowledgeGraph.Api", "Guide", "guide.html")))
            .Select(m => WebUtility.HtmlDecode(m.Groups["query"].Value).Trim())
            .ToList();

    [NodeFact(CypherLinter.Package)]
    public async Task Every_statement_of_the_store_lints_without_errors()
    {
        var statements = CypherStatements.Representative().Select(s => (s.Name, s.Statement.Text, s.Statement.Parameters)).ToList();

        var findings = await CypherLinter.LintAsync(statements);

        Report(statements.Count, findings);
        Assert.True(statements.Count > 80, $"only {statements.Count} statements enumerated");
        Assert.Empty(findings.Where(f => f.Severity == "error").Select(f => f.ToString()));
    }

    [NodeFact(CypherLinter.Package)]
    public async Task The_schema_the_export_and_the_guide_lint_without_errors()
    {
        var schema = await File.ReadAllTextAsync(RepositoryPaths.Of("graph-schema", "schema.cypher"));
        using var writer = new StringWriter();
        CypherExport.Write(fixture.Dataset, schema, writer);
        var statements = CypherStatements.SplitScript(schema).Select((s, i) => ($"schema.cypher[{i}]", s, NoParameters))
            .Concat(CypherStatements.SplitScript(writer.ToString()).Select((s, i) => ($"export[{i}]", s, NoParameters)))
            .Concat(GuideQueries().Select((q, i) => ($"guide[{i}]", q, NoParameters)))
            .ToList();

        var findings = await CypherLinter.LintAsync(statements);

        Report(statements.Count, findings);
        Assert.True(GuideQueries().Count >= 8, "the guide has fewer than eight ready queries");
        Assert.Empty(findings.Where(f => f.Severity == "error").Select(f => f.ToString()));
    }

    private void Report(int count, IReadOnlyList<CypherLinter.Finding> findings)
    {
        output.WriteLine($"{count} statements linted under Cypher 5 and 25: {findings.Count(f => f.Severity == "error")} errors, {findings.Count(f => f.Severity == "warning")} warnings.");
        foreach (var finding in findings.Take(50))
        {
            output.WriteLine(finding.ToString());
        }
    }
}

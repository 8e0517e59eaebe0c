using KnowledgeGraph.Store.Neo4j;
using Xunit;
using Xunit.Abstractions;

namespace KnowledgeGraph.Tests;

/// <summary>Every statement of curator writes and the audit goes through Neo4j's linter too: zero errors.</summary>
public sealed class CypherWriteLintTests(ITestOutputHelper output)
{
    private static readonly IReadOnlyDictionary<string, object?> Parameters = new Dictionary<string, object?>
    {
        ["id"] = "hazard:dust",
        ["from"] = "program:a",
        ["to"] = "hazard:dust",
        ["row"] = new Dictionary<string, object?> { ["id"] = "hazard:dust", ["name"] = "Dust" },
        ["props"] = new Dictionary<string, object?> { ["role"] = "LEAD" },
        ["version"] = 2,
        ["at"] = "2026-01-01T00:00:00Z",
        ["actor"] = "alice",
        ["operation"] = "UpdateNode",
        ["targetId"] = "hazard:dust",
        ["before"] = "{}",
        ["after"] = "{}",
        ["target"] = "hazard:dust",
        ["first"] = 20,
    };

    [NodeFact(CypherLinter.Package)]
    public async Task Every_write_statement_lints_without_errors()
    {
        var statements = CypherWriteStatements.ForLint().Select(s => (s.Name, s.Text, Parameters)).ToList();

        var findings = await CypherLinter.LintAsync(statements);

        output.WriteLine($"{statements.Count} write statements linted: {findings.Count(f => f.Severity == "error")} errors, {findings.Count(f => f.Severity == "warning")} warnings.");
        foreach (var finding in findings)
        {
            output.WriteLine(finding.ToString());
        }

        Assert.Equal(15, statements.Count);
        Assert.Empty(findings.Where(f => f.Severity == "error").Select(f => f.ToString()));
    }
}

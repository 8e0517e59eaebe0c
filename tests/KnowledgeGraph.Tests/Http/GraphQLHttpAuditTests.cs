using System.Text.Json;
using Xunit;
using Xunit.Abstractions;

namespace KnowledgeGraph.Tests;

/// <summary>
/// The graphql-http audit suite (the reference conformance check of the GraphQL-over-HTTP specification), run by
/// <c>tests/tools/graphql-http-audit.mjs</c> against the API on a real Kestrel port.
/// </summary>
public sealed class GraphQLHttpAuditTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    [NodeFact("graphql-http")]
    public async Task Every_must_audit_passes_and_at_least_95_percent_of_all_audits_pass()
    {
        using var factory = new GraphQLHttpFactory();
        var url = factory.StartKestrel();

        var (exitCode, stdout, stderr) = await NodeScript.RunAsync(Timeout, "graphql-http-audit.mjs", url.ToString());
        output.WriteLine(stdout);
        Assert.True(stdout.TrimStart().StartsWith('{'), $"The audit printed no report (exit {exitCode}): {stderr}");

        var report = JsonDocument.Parse(stdout).RootElement;
        var total = report.GetProperty("total").GetInt32();
        var ok = report.GetProperty("ok").GetInt32();
        var mustFailures = report.GetProperty("mustFailures");
        output.WriteLine($"graphql-http audit: {ok}/{total} pass, {report.GetProperty("warn").GetInt32()} warn, {report.GetProperty("error").GetInt32()} error, {mustFailures.GetArrayLength()} MUST failures");

        Assert.True(total > 0, "The audit ran no audits.");
        Assert.True(mustFailures.GetArrayLength() == 0, "MUST audits failed: " + mustFailures);
        Assert.True(ok >= total * 0.95, $"Only {ok}/{total} audits passed: {report.GetProperty("failures")}");
        Assert.Equal(0, exitCode);
    }

    [Fact]
    public void A_missing_package_gives_a_skip_reason()
    {
        Assert.NotNull(NodeTools.MissingReason("no-such-package-3f9c"));
        Assert.NotNull(new NodeFactAttribute("no-such-package-3f9c").Skip);
    }
}

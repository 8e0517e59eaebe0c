using System.Diagnostics;
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

        var (exitCode, stdout, stderr) = await RunNodeAsync(NodeTools.Tool("graphql-http-audit.mjs"), url.ToString());
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

    private static async Task<(int ExitCode, string Stdout, string Stderr)> RunNodeAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo(NodeTools.Node!)
        {
            WorkingDirectory = NodeTools.TestsDirectory!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The audit did not finish within {Timeout}; stderr: {await stderr}");
        }

        return (process.ExitCode, await stdout, await stderr);
    }
}

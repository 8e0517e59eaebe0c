using System.Diagnostics;

namespace KnowledgeGraph.Tests;

/// <summary>Runs a script of <c>tests/tools/</c> with node, from <c>tests/</c>, within a time limit.</summary>
internal static class NodeScript
{
    public static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(TimeSpan limit, string script, params string[] arguments)
    {
        var start = new ProcessStartInfo(NodeTools.Node ?? throw new InvalidOperationException("node is not on the PATH"))
        {
            WorkingDirectory = NodeTools.TestsDirectory ?? throw new InvalidOperationException("tests/ not found"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(NodeTools.Tool(script));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{script} did not finish within {limit}; stdout: {await stdout}; stderr: {await stderr}");
        }

        return (process.ExitCode, await stdout, await stderr);
    }
}

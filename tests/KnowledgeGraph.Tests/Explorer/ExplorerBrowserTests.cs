using System.Text.Json;
using Xunit;
using Xunit.Abstractions;

namespace KnowledgeGraph.Tests;

/// <summary>
/// The Explorer in a real browser (Chromium driven by playwright-core through <c>tests/tools/explorer-e2e.mjs</c>)
/// against the seeded API on Kestrel: search → entity page → evidence → graph → navigate, at 1280 and 390 pixels,
/// with no console error and basic accessibility on every page. The screenshots are kept under
/// <c>tests/KnowledgeGraph.Tests/TestResults/explorer/</c>.
/// </summary>
public sealed class ExplorerBrowserTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(4);

    /// <summary>Where the journey's screenshots are kept (ignored by git, like all of TestResults/).</summary>
    public static string ScreenshotDirectory { get; } = RepositoryPaths.Of("tests", "KnowledgeGraph.Tests", "TestResults", "explorer");

    [BrowserFact]
    public async Task An_analyst_searches_opens_an_entity_reads_its_evidence_and_moves_through_the_graph_at_1280_and_390_pixels()
    {
        if (Directory.Exists(ScreenshotDirectory))
        {
            Directory.Delete(ScreenshotDirectory, recursive: true);
        }

        using var factory = new ExplorerHostFactory();
        var root = factory.StartKestrel();

        var (exitCode, stdout, stderr) = await NodeScript.RunAsync(Limit, "explorer-e2e.mjs", root.ToString(), ScreenshotDirectory, Chromium.Executable!);
        output.WriteLine(stdout);
        Assert.True(stdout.TrimStart().StartsWith('{'), $"The journey printed no report (exit {exitCode}): {stderr}");

        var report = JsonDocument.Parse(stdout).RootElement;
        var errors = report.GetProperty("errors").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.True(report.GetProperty("ok").GetBoolean(), "The journey failed: " + string.Join("\n", errors) + "\n" + stderr);
        Assert.Empty(errors);
        Assert.Equal(0, exitCode);

        var steps = report.GetProperty("steps").EnumerateArray().Select(s => s.GetString() ?? string.Empty).ToList();
        foreach (var viewport in new[] { "desktop", "mobile" })
        {
            foreach (var stage in new[] { "suggestions", "entity page", "evidence", "graph", "graph click", "timeline" })
            {
                Assert.Contains(steps, s => s.StartsWith($"[{viewport}] {stage}:", StringComparison.Ordinal));
            }
        }

        var screenshots = report.GetProperty("screenshots").EnumerateArray().Select(s => s.GetString()!).ToList();
        Assert.True(screenshots.Count >= 10, $"{screenshots.Count} screenshots");
        Assert.All(screenshots, path => Assert.True(new FileInfo(path).Length > 1000, $"{path} is missing or empty"));
        output.WriteLine($"Screenshots: {ScreenshotDirectory}");
    }
}

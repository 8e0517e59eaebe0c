namespace KnowledgeGraph.Tests;

/// <summary>
/// The Chromium the browser tests drive: <c>CHROMIUM_PATH</c> when set, otherwise the first of Debian's
/// <c>chromium</c> and its usual other names on the PATH. <c>.ci/run</c> installs Debian's package when it can.
/// </summary>
internal static class Chromium
{
    private static readonly string[] Names = ["chromium", "chromium-browser", "google-chrome-stable", "google-chrome"];

    /// <summary>The browser's executable, or null when none was found.</summary>
    public static string? Executable { get; } = Find();

    /// <summary>Why the browser tests cannot run here, or null when they can.</summary>
    public static string? MissingReason => Executable is null
        ? "chromium was not found (set CHROMIUM_PATH, or install Debian's package: apt-get install chromium); .ci/run installs it when apt-get can"
        : null;

    private static string? Find()
    {
        if (Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } configured)
        {
            return File.Exists(configured) ? configured : null;
        }

        var directories = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return Names
            .SelectMany(name => directories.Select(dir => Path.Combine(dir, name)))
            .FirstOrDefault(File.Exists);
    }
}

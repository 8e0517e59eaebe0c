namespace KnowledgeGraph.Tests;

/// <summary>
/// The Node tools the tests call: <c>node</c> on the PATH and the packages of <c>tests/package.json</c>, which
/// <c>npm ci</c> in <c>tests/</c> installs (CI does; a developer runs it once).
/// </summary>
internal static class NodeTools
{
    /// <summary>The <c>tests/</c> folder of this repository, found above the test binaries.</summary>
    public static string? TestsDirectory { get; } = FindTestsDirectory();

    /// <summary>The full path of the <c>node</c> executable, or null when it is not on the PATH.</summary>
    public static string? Node { get; } = FindOnPath(OperatingSystem.IsWindows() ? "node.exe" : "node");

    /// <summary>Why a test that needs <paramref name="package"/> cannot run here, or null when it can.</summary>
    public static string? MissingReason(string package)
    {
        if (Node is null)
        {
            return "node is not on the PATH; install Node.js to run the Node-based checks";
        }

        if (TestsDirectory is null)
        {
            return "tests/package.json was not found above " + AppContext.BaseDirectory;
        }

        if (!File.Exists(Path.Combine(TestsDirectory, "node_modules", package, "package.json")))
        {
            return $"tests/node_modules/{package} is missing; run `npm ci` in tests/";
        }

        return null;
    }

    /// <summary>The path of a script under <c>tests/tools/</c>.</summary>
    public static string Tool(string name) => Path.Combine(TestsDirectory ?? throw new InvalidOperationException("tests/ not found"), "tools", name);

    private static string? FindTestsDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var tests = Path.Combine(dir.FullName, "tests");
            if (File.Exists(Path.Combine(tests, "package.json")))
            {
                return tests;
            }
        }

        return null;
    }

    private static string? FindOnPath(string executable) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, executable))
            .FirstOrDefault(File.Exists);
}

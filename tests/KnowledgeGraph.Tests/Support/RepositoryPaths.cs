namespace KnowledgeGraph.Tests;

/// <summary>Finds files of this repository from the test's output directory.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Of(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>True when snapshot files should be rewritten rather than compared (UPDATE_SNAPSHOTS=1).</summary>
    public static bool UpdateSnapshots => Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1";

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (KnowledgeGraph.sln) was not found above " + AppContext.BaseDirectory);
    }
}

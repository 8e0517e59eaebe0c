namespace KnowledgeGraph.Dataset;

/// <summary>Finds the directory of source documents that quotes are checked against (<c>../shared/corpus</c> beside the repository).</summary>
public static class CorpusLocator
{
    /// <summary>
    /// The explicit directory (which must exist: a mistyped option is an error, not a silent fallback); otherwise the first <c>shared/corpus</c> found in the current directory,
    /// the application's directory or any directory above them; null when there is none.
    /// </summary>
    public static string? Find(string? explicitDir)
    {
        if (!string.IsNullOrWhiteSpace(explicitDir))
        {
            return Directory.Exists(explicitDir)
                ? Path.GetFullPath(explicitDir)
                : throw new DirectoryNotFoundException($"Corpus directory not found: {explicitDir}");
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "corpus");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}

namespace KnowledgeGraph.Dataset;

/// <summary>Finds the directory of source documents that quotes are checked against (<c>../shared/corpus</c> beside the repository).</summary>
public static class CorpusLocator
{
    /// <summary>
    /// The explicit directory when it exists; otherwise the first <c>shared/corpus</c> found in the current directory,
    /// the application's directory or any directory above them; null when there is none.
    /// </summary>
    public static string? Find(string? explicitDir)
    {
        if (!string.IsNullOrWhiteSpace(explicitDir) && Directory.Exists(explicitDir))
        {
            return Path.GetFullPath(explicitDir);
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

namespace KnowledgeGraph.Tests;

/// <summary>A throw-away corpus directory holding the one document the test dataset quotes.</summary>
public sealed class TestCorpus : IDisposable
{
    // Odd spacing and line breaks on purpose: quotes match after whitespace runs collapse.
    public const string AlphaText = """
        The Alpha report describes dust   control
        in mines.

        Dust is the main hazard in the mines. Dust causes silicosis.
        The Dust Project ran from 2013 to June 2015.	The Department of Labor leads the Dust Project.
        """;

    public TestCorpus()
    {
        Directory.CreateDirectory(Path);
        File.WriteAllText(System.IO.Path.Combine(Path, "alpha.txt"), AlphaText);
    }

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "kg-dataset-corpus-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(Path, recursive: true);
}

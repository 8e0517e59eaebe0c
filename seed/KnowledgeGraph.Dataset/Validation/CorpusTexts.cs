namespace KnowledgeGraph.Dataset;

/// <summary>The corpus documents' texts, read once each and whitespace-normalised like quotes.</summary>
internal sealed class CorpusTexts
{
    private readonly string? _directory;
    private readonly Dictionary<string, string?> _texts = new(StringComparer.Ordinal);

    public CorpusTexts(string? directory) =>
        _directory = !string.IsNullOrWhiteSpace(directory) && Directory.Exists(directory) ? directory : null;

    /// <summary>False when there is no corpus to check against; quotes are then taken on trust.</summary>
    public bool Available => _directory is not null;

    /// <summary>The normalised text of a corpus file, or null when the corpus has no such file.</summary>
    public string? Text(string fileName)
    {
        if (_directory is null || Path.GetFileName(fileName) != fileName)
        {
            // Only plain file names inside the corpus: a source may not point elsewhere on disk.
            return null;
        }

        if (!_texts.TryGetValue(fileName, out var text))
        {
            var path = Path.Combine(_directory, fileName);
            text = File.Exists(path) ? QuoteText.Normalize(File.ReadAllText(path)) : null;
            _texts[fileName] = text;
        }

        return text;
    }
}

using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Dataset;

/// <summary>
/// Checks every evidence item against the whole dataset: its source is a defined Source node, and, when the
/// corpus is at hand, its quote appears verbatim in that source's document (REFERENCE sources are not in the corpus).
/// </summary>
internal static class EvidenceChecker
{
    /// <param name="files">The parsed files, in order.</param>
    /// <param name="nodes">Every node defined.</param>
    /// <param name="everyFileRead">False when a file could not be read; a source may be defined in it.</param>
    /// <param name="corpus">The documents, when at hand.</param>
    /// <param name="errors">Where errors go.</param>
    public static void Check(
        IReadOnlyList<ParsedFile> files, IReadOnlyDictionary<string, MergedNode> nodes, bool everyFileRead, CorpusTexts corpus, ErrorList errors)
    {
        foreach (var file in files)
        {
            if (everyFileRead && file.Source is { } fileSource && Source(fileSource.Value, nodes) is null)
            {
                errors.Add(fileSource.At, $"file source '{fileSource.Value}' is not a defined source (a source: node in some file)");
            }
        }

        CheckDocumentFiles(nodes.Values, corpus, errors);

        // Each distinct quote is searched for once per document: a quote cited by many facts (common in large
        // datasets) would otherwise scan the whole document again for every fact.
        var found = new HashSet<(string File, string Quote)>();

        // Items that passed, by reference: the parse shares one item per (source, quote), so a repeat is known at
        // once, without looking its source, document and quote up again.
        var passed = new HashSet<Evidence>(ReferenceEqualityComparer.Instance);
        foreach (var file in files)
        {
            foreach (var evidence in file.Evidence)
            {
                if (!passed.Contains(evidence.Item) && Check(evidence, nodes, everyFileRead, corpus, found, errors))
                {
                    passed.Add(evidence.Item);
                }
            }

            // Checked: the items' positions are of no further use, and a large dataset has a million of them.
            file.DropEvidence();
        }
    }

    /// <returns>True when the item passed (then every item of the same source and quote passes too).</returns>
    private static bool Check(
        EvidenceEntry evidence, IReadOnlyDictionary<string, MergedNode> nodes, bool everyFileRead, CorpusTexts corpus,
        HashSet<(string File, string Quote)> found, ErrorList errors)
    {
        var (sourceId, quote) = evidence.Item;
        var source = Source(sourceId, nodes);
        if (source is null)
        {
            // An item relying on the file's source was covered by the check of that source above.
            if (everyFileRead && !evidence.FromFileSource)
            {
                errors.Add(evidence.SourceAt, $"evidence source '{sourceId}' is not a defined source (a source: node in some file)");
            }

            return false;
        }

        if (source.Property("kind") == "REFERENCE" || source.Property("file") is not { } fileName || corpus.Text(fileName) is not { } text)
        {
            return true;
        }

        if (found.Contains((fileName, quote)))
        {
            return true;
        }

        if (text.Contains(quote, StringComparison.Ordinal))
        {
            found.Add((fileName, quote));
            return true;
        }

        errors.Add(evidence.QuoteAt, $"quote not found verbatim in {fileName} ({source.Id}): \"{QuoteText.Excerpt(quote)}\"");
        return false;
    }

    private static MergedNode? Source(string id, IReadOnlyDictionary<string, MergedNode> nodes) =>
        nodes.TryGetValue(id, out var node) && node.Label.IdPrefix == "source" ? node : null;

    /// <summary>A document's file must be in the corpus, or a typo would silently stop its quotes being checked.</summary>
    private static void CheckDocumentFiles(IEnumerable<MergedNode> nodes, CorpusTexts corpus, ErrorList errors)
    {
        if (!corpus.Available)
        {
            return;
        }

        foreach (var node in nodes.Where(n => n.Label.IdPrefix == "source" && n.Property("kind") != "REFERENCE"))
        {
            if (node.Properties.GetValueOrDefault("file") is { } file && corpus.Text(file.Value) is null)
            {
                errors.Add(file.At, $"{node.Id}: file '{file.Value}' is not in the corpus directory");
            }
        }
    }
}

using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Dataset;

/// <summary>A fact's evidence gathered across files: in file order, the same (source, quote) kept once.</summary>
internal sealed class EvidenceList
{
    private readonly List<Evidence> _items = [];
    private readonly HashSet<Evidence> _seen = [];

    public IReadOnlyList<Evidence> Items => _items;

    public void AddRange(IEnumerable<EvidenceEntry> entries)
    {
        foreach (var entry in entries)
        {
            var evidence = new Evidence(entry.Source.Value, entry.Quote.Value);
            if (_seen.Add(evidence))
            {
                _items.Add(evidence);
            }
        }
    }
}

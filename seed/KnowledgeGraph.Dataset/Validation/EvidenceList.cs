using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Dataset;

/// <summary>A fact's evidence gathered across files: in file order, the same (source, quote) kept once.</summary>
internal sealed class EvidenceList
{
    // Most facts have one or two items; a set to find repeats pays off only for long lists.
    private const int ScanLimit = 8;

    private readonly List<Evidence> _items = new(1);
    private HashSet<Evidence>? _seen;

    public IReadOnlyList<Evidence> Items => _items;

    public void AddRange(IEnumerable<Evidence> entries)
    {
        foreach (var evidence in entries)
        {
            if (_seen is null && _items.Count >= ScanLimit)
            {
                _seen = [.. _items];
            }

            if (_seen is null ? !_items.Contains(evidence) : _seen.Add(evidence))
            {
                _items.Add(evidence);
            }
        }
    }
}

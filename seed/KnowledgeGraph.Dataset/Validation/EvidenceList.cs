using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Dataset;

/// <summary>A fact's evidence gathered across files: in file order, the same (source, quote) kept once.</summary>
internal sealed class EvidenceList
{
    // Most facts have one or two items; a set to find repeats pays off only for long lists.
    private const int ScanLimit = 8;

    private List<Evidence>? _items;
    private HashSet<Evidence>? _seen;

    public IReadOnlyList<Evidence> Items => _items ??= [];

    /// <summary>
    /// Adds an entry's items. The first entry's list is taken over when it has no repeats, so a fact given in one
    /// file (most of a large dataset) keeps the list it was read into; the entry must not use it afterwards.
    /// </summary>
    public void AddRange(List<Evidence> entries)
    {
        if (_items is null && entries.Count <= ScanLimit && Distinct(entries))
        {
            _items = entries;
            return;
        }

        _items ??= new(entries.Count);
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

    private static bool Distinct(List<Evidence> entries)
    {
        for (var i = 1; i < entries.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (entries[i].Equals(entries[j]))
                {
                    return false;
                }
            }
        }

        return true;
    }
}

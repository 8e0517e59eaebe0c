using System.Collections;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Store.Sqlite;

/// <summary>
/// A row's evidence, kept as its stored JSON until something reads it. Most reads (pages, lookups, coverage's
/// walk over relationships) never look at the quotes, and parsing them was a large share of a read's time.
/// </summary>
internal sealed class StoredEvidence(string json, Func<string, Evidence[]> parse) : IReadOnlyList<Evidence>
{
    private Evidence[]? _items;

    // Two threads may both parse on first use; they get equal arrays and one is kept.
    private Evidence[] Items => _items ??= parse(json);

    public Evidence this[int index] => Items[index];

    public int Count => Items.Length;

    public IEnumerator<Evidence> GetEnumerator() => ((IEnumerable<Evidence>)Items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

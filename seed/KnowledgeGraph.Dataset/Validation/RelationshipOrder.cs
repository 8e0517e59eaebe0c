using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Dataset;

/// <summary>
/// Orders relationships as <see cref="StringComparer.Ordinal"/> orders their ids (<c>from|TYPE|to</c>), without
/// building an id string for each of them.
/// </summary>
internal sealed class RelationshipOrder : IComparer<GraphRelationship>
{
    public static readonly RelationshipOrder Instance = new();

    public int Compare(GraphRelationship? x, GraphRelationship? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }

        return Segment(x.From, y.From) is var from and not 0 ? from
            : Segment(x.Type, y.Type) is var type and not 0 ? type
            : string.CompareOrdinal(x.To, y.To);
    }

    /// <summary>Compares two segments each followed by the separator '|', as the whole ids would.</summary>
    private static int Segment(string a, string b)
    {
        var common = Math.Min(a.Length, b.Length);
        var result = a.AsSpan(0, common).SequenceCompareTo(b.AsSpan(0, common));
        if (result != 0 || a.Length == b.Length)
        {
            return result;
        }

        // One is a prefix of the other: the shorter one's next character is the separator.
        return a.Length < b.Length ? '|' - b[common] : a[common] - '|';
    }
}

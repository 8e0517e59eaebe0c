using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Dataset;

/// <summary>One appearance of a relationship in one file; appearances of the same (from, type, to) merge across files.</summary>
/// <remarks>
/// A large dataset holds a million of these until every file is read, so the ends are kept as shared strings
/// and positions rather than <see cref="Located"/> objects, and properties take no room when there are none.
/// </remarks>
internal sealed class RelationshipEntry(Located from, Located type, Located to, Location at, List<Evidence> evidence)
{
    private readonly string _from = from.Value;
    private readonly string _type = type.Value;
    private readonly string _to = to.Value;
    private readonly Location _fromAt = from.At;
    private readonly Location _typeAt = type.At;
    private readonly Location _toAt = to.At;

    public Located From => new(_from, _fromAt);

    public Located Type => new(_type, _typeAt);

    public Located To => new(_to, _toAt);

    /// <summary>Where the entry's mapping starts.</summary>
    public Location At { get; } = at;

    /// <summary>The allowed shape, or null when the type, an end's label or the combination is wrong (already reported).</summary>
    public RelationshipDefinition? Definition { get; init; }

    /// <summary>The type's properties that passed their checks, by name; null when there are none.</summary>
    public Dictionary<string, Located>? Properties { get; init; }

    /// <summary>The items as read; the merged relationship takes the list over (<see cref="EvidenceList.AddRange"/>).</summary>
    public List<Evidence> Evidence { get; } = evidence;

    /// <summary>What identifies the relationship: its start, type and end.</summary>
    public (string From, string Type, string To) Key => (_from, _type, _to);

    /// <summary>How messages name it: <c>from -TYPE-> to</c>.</summary>
    public string Subject => $"{_from} -{_type}-> {_to}";
}

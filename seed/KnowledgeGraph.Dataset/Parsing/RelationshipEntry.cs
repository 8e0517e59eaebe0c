using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Dataset;

/// <summary>One appearance of a relationship in one file; appearances of the same (from, type, to) merge across files.</summary>
/// <remarks>
/// A large dataset holds a million of these until every file is read, so the ends are kept as shared strings and
/// the positions as line and column under one file name rather than <see cref="Located"/> objects or whole
/// <see cref="Location"/>s, and properties take no room when there are none. The type's position is not kept: the
/// type is judged while the file is read.
/// </remarks>
internal sealed class RelationshipEntry(Located from, Located type, Located to, Location at, List<Evidence> evidence)
{
    private readonly string _file = at.File;
    private readonly string _from = from.Value;
    private readonly string _type = type.Value;
    private readonly string _to = to.Value;
    private readonly int _fromLine = from.At.Line;
    private readonly int _fromColumn = from.At.Column;
    private readonly int _toLine = to.At.Line;
    private readonly int _toColumn = to.At.Column;
    private readonly int _line = at.Line;
    private readonly int _column = at.Column;

    public Located From => new(_from, new Location(_file, _fromLine, _fromColumn));

    public Located To => new(_to, new Location(_file, _toLine, _toColumn));

    /// <summary>Where the entry's mapping starts.</summary>
    public Location At => new(_file, _line, _column);

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

using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Dataset;

/// <summary>One appearance of a relationship in one file; appearances of the same (from, type, to) merge across files.</summary>
internal sealed class RelationshipEntry(Located from, Located type, Located to, Location at)
{
    public Located From { get; } = from;

    public Located Type { get; } = type;

    public Located To { get; } = to;

    /// <summary>Where the entry's mapping starts.</summary>
    public Location At { get; } = at;

    /// <summary>The allowed shape, or null when the type, an end's label or the combination is wrong (already reported).</summary>
    public RelationshipDefinition? Definition { get; set; }

    /// <summary>The type's properties that passed their checks, by name.</summary>
    public Dictionary<string, Located> Properties { get; } = new(StringComparer.Ordinal);

    public List<EvidenceEntry> Evidence { get; } = [];

    public string Id => GraphRelationship.IdOf(From.Value, Type.Value, To.Value);

    /// <summary>How messages name it: <c>from -TYPE-> to</c>.</summary>
    public string Subject => $"{From.Value} -{Type.Value}-> {To.Value}";
}

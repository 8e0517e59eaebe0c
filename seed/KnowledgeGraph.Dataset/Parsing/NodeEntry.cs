using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Dataset;

/// <summary>One appearance of a node in one file; appearances of the same id merge across files.</summary>
internal sealed class NodeEntry(Located id, LabelDefinition label)
{
    public Located Id { get; } = id;

    public LabelDefinition Label { get; } = label;

    public Located? Name { get; set; }

    /// <summary>True when the entry writes a name, even one rejected (so "no name in any file" is not said too).</summary>
    public bool NameWritten { get; set; }

    public Located? Description { get; set; }

    public List<Located> Aliases { get; } = [];

    /// <summary>The label's own properties that passed their checks, by name.</summary>
    public Dictionary<string, Located> Properties { get; } = new(StringComparer.Ordinal);

    public List<Evidence> Evidence { get; } = [];
}

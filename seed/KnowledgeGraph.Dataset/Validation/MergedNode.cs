using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Dataset;

/// <summary>A node's entries from every file, merged: scalars must agree, aliases and evidence add up.</summary>
internal sealed class MergedNode(NodeEntry first)
{
    public string Id { get; } = first.Id.Value;

    public LabelDefinition Label { get; } = first.Label;

    /// <summary>Where the node first appears, for errors about the node as a whole.</summary>
    public Location At { get; } = first.Id.At;

    public Located? Name { get; set; }

    /// <summary>True when some entry writes a name, valid or not.</summary>
    public bool NameWritten { get; set; }

    public Located? Description { get; set; }

    /// <summary>Every alias as written, duplicates included (they are dropped when the node is built).</summary>
    public List<Located> Aliases { get; } = [];

    public Dictionary<string, Located> Properties { get; } = new(StringComparer.Ordinal);

    public EvidenceList Evidence { get; } = new();

    public string? Property(string name) => Properties.GetValueOrDefault(name)?.Value;

    public GraphNode ToGraphNode()
    {
        var aliases = Aliases.Select(a => a.Value)
            .Where(a => !string.Equals(a, Name?.Value, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToArray();

        // In the ontology's order, which is how the label lists them everywhere else.
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var definition in Label.Properties)
        {
            if (Properties.TryGetValue(definition.Name, out var value))
            {
                properties[definition.Name] = value.Value;
            }
        }

        return new GraphNode(Id, Label.Name, Name?.Value ?? string.Empty, Description?.Value, aliases, properties, Evidence.Items);
    }
}

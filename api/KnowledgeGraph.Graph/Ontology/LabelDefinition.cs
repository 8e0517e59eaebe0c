namespace KnowledgeGraph.Graph;

/// <summary>A node label of the graph.</summary>
/// <param name="Name">The Neo4j label and GraphQL type name (PascalCase).</param>
/// <param name="IdPrefix">The prefix of every id of this label (<c>disease</c> in <c>disease:pneumoconiosis</c>).</param>
/// <param name="Plural">The collection name (camelCase plural), e.g. <c>diseases</c>.</param>
/// <param name="Description">What a node of this label is.</param>
/// <param name="Properties">The label's own properties, besides id, name, description, aliases and evidence.</param>
public sealed record LabelDefinition(
    string Name,
    string IdPrefix,
    string Plural,
    string Description,
    IReadOnlyList<PropertyDefinition> Properties)
{
    /// <summary>The singular lookup field name (camelCase), e.g. <c>disease</c>.</summary>
    public string Singular => char.ToLowerInvariant(Name[0]) + Name[1..];

    /// <summary>The property with this name, or null.</summary>
    public PropertyDefinition? Property(string name) => Properties.FirstOrDefault(p => p.Name == name);
}

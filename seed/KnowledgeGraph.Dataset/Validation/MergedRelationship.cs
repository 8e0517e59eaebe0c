using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Dataset;

/// <summary>A relationship's entries from every file, merged: properties must agree, evidence adds up.</summary>
internal sealed class MergedRelationship(RelationshipEntry first)
{
    public RelationshipEntry First { get; } = first;

    public Dictionary<string, Located> Properties { get; } = new(StringComparer.Ordinal);

    public EvidenceList Evidence { get; } = new();

    public GraphRelationship ToGraphRelationship() => new(
        First.Type.Value,
        First.From.Value,
        First.To.Value,
        Properties.ToDictionary(p => p.Key, p => p.Value.Value, StringComparer.Ordinal),
        Evidence.Items);
}

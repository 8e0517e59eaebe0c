namespace KnowledgeGraph.Graph;

/// <summary>Counts of what a store holds.</summary>
/// <param name="NodesByLabel">Node count per label.</param>
/// <param name="RelationshipsByType">Relationship count per type.</param>
/// <param name="EvidenceBySource">Evidence entries (on nodes and relationships) per source id.</param>
public sealed record GraphStatistics(
    IReadOnlyDictionary<string, long> NodesByLabel,
    IReadOnlyDictionary<string, long> RelationshipsByType,
    IReadOnlyDictionary<string, long> EvidenceBySource)
{
    /// <summary>All nodes.</summary>
    public long NodeCount => NodesByLabel.Values.Sum();

    /// <summary>All relationships.</summary>
    public long RelationshipCount => RelationshipsByType.Values.Sum();
}

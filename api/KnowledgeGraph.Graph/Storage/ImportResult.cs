namespace KnowledgeGraph.Graph;

/// <summary>What an import changed: the store now matches the dataset exactly.</summary>
public sealed record ImportResult(
    int NodesAdded,
    int NodesUpdated,
    int NodesRemoved,
    int RelationshipsAdded,
    int RelationshipsUpdated,
    int RelationshipsRemoved)
{
    /// <summary>True when the store already matched the dataset.</summary>
    public bool Unchanged => NodesAdded + NodesUpdated + NodesRemoved + RelationshipsAdded + RelationshipsUpdated + RelationshipsRemoved == 0;
}

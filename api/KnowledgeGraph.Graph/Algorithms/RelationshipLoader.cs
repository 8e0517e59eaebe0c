namespace KnowledgeGraph.Graph;

/// <summary>Loads the relationships of many nodes in one round trip (the shape of <see cref="IGraphStore.GetRelationshipsAsync"/>).</summary>
public delegate Task<IReadOnlyList<GraphRelationship>> RelationshipLoader(
    IReadOnlyCollection<string> nodeIds,
    string? type,
    Direction direction,
    string? otherLabel,
    CancellationToken cancellationToken);

namespace KnowledgeGraph.Graph;

/// <summary>A whole graph, as imported into a store in one transaction.</summary>
/// <param name="Nodes">Every node, ids unique.</param>
/// <param name="Relationships">Every relationship, (from, type, to) unique.</param>
public sealed record GraphDataset(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphRelationship> Relationships);

using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Api;

/// <summary>A relationship seen from one of its ends, with the node at the other end.</summary>
/// <param name="Relationship">The relationship.</param>
/// <param name="Direction">OUT when the node we came from is the relationship's start, IN when it is its end.</param>
/// <param name="Other">The node at the other end.</param>
public sealed record Related(GraphRelationship Relationship, Direction Direction, GraphNode Other);

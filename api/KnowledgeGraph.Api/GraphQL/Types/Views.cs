using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Api;

/// <summary>What a connection field resolves to: the page, plus what is needed to count lazily.</summary>
public sealed record ConnectionView(string Label, Filter? Where, NodePage Page);

/// <summary>A step of a path: the relationship and whether the path walks it against its direction.</summary>
public sealed record StepView(GraphRelationship Relationship, bool Reversed);


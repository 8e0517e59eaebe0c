namespace KnowledgeGraph.Dataset;

/// <summary>A scalar value and where it was written, so later checks can point at it.</summary>
internal sealed record Located(string Value, Location At);

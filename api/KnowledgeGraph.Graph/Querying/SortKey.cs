namespace KnowledgeGraph.Graph;

/// <summary>One key of an ordering: a scalar property and its direction. Ties are always broken by id, ascending.</summary>
/// <param name="Property">The property name (<c>name</c>, <c>startDate</c> ...).</param>
/// <param name="Descending">True for DESC.</param>
public sealed record SortKey(string Property, bool Descending = false);

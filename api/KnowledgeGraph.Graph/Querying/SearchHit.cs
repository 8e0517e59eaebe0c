namespace KnowledgeGraph.Graph;

/// <summary>A full-text search result.</summary>
/// <param name="NodeId">The matching node.</param>
/// <param name="Score">Relevance; higher is better. A name or alias match outranks a mention in a description or quote.</param>
/// <param name="Snippet">The matching text with the match marked by <c>[</c> and <c>]</c>, when there is one.</param>
public sealed record SearchHit(string NodeId, double Score, string? Snippet);

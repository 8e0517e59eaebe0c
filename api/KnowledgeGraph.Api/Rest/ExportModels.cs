namespace KnowledgeGraph.Api;

/// <summary>A relationship as the JSON export writes it.</summary>
/// <param name="Id">The relationship's stable id, <c>from|TYPE|to</c>.</param>
/// <param name="Type">The relationship type.</param>
/// <param name="From">The start node's id.</param>
/// <param name="To">The end node's id.</param>
/// <param name="Properties">The relationship's properties (role, title) that are set.</param>
/// <param name="Evidence">The sources and quotes that state the relationship.</param>
public sealed record ExportRelationship(string Id, string Type, string From, string To, IReadOnlyDictionary<string, string> Properties, IReadOnlyList<SourceQuote> Evidence);

/// <summary>The whole graph as the JSON export writes it (<c>format=json</c>); importable as it is.</summary>
/// <param name="Nodes">Every node, with its evidence.</param>
/// <param name="Relationships">Every relationship, with its evidence.</param>
public sealed record ExportDocument(IReadOnlyList<Entity> Nodes, IReadOnlyList<ExportRelationship> Relationships);

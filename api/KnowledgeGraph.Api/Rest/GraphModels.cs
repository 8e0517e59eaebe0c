namespace KnowledgeGraph.Api;

/// <summary>A relationship of an entity and the node at its other end.</summary>
/// <param name="Type">The relationship type, e.g. PARTICIPATES_IN.</param>
/// <param name="Direction">OUT when the entity is the relationship's start, IN when it is its end.</param>
/// <param name="Properties">The relationship's properties (role, title) that are set.</param>
/// <param name="Evidence">The sources and quotes that state the relationship.</param>
/// <param name="Node">The node at the other end.</param>
public sealed record Neighbour(string Type, string Direction, IReadOnlyDictionary<string, string> Properties, IReadOnlyList<SourceQuote> Evidence, EntityRef Node);

/// <summary>An entity's relationships.</summary>
/// <param name="Id">The entity asked about.</param>
/// <param name="Items">Its relationships, by type, then by the other node's name.</param>
public sealed record NeighbourList(string Id, IReadOnlyList<Neighbour> Items);

/// <summary>One relationship walked by a path, with its true start and end.</summary>
/// <param name="From">The relationship's start node.</param>
/// <param name="Type">The relationship type.</param>
/// <param name="To">The relationship's end node.</param>
/// <param name="Evidence">The sources and quotes that state the relationship.</param>
public sealed record PathStep(EntityRef From, string Type, EntityRef To, IReadOnlyList<SourceQuote> Evidence);

/// <summary>A connection between two nodes.</summary>
/// <param name="Length">The number of steps.</param>
/// <param name="Nodes">The nodes visited, first to last.</param>
/// <param name="Steps">The relationships walked (a step may walk a relationship against its direction).</param>
public sealed record PathResult(int Length, IReadOnlyList<EntityRef> Nodes, IReadOnlyList<PathStep> Steps);

/// <summary>The shortest connections between two nodes.</summary>
/// <param name="From">The first node's id.</param>
/// <param name="To">The last node's id.</param>
/// <param name="Items">The paths, shortest first.</param>
public sealed record PathList(string From, string To, IReadOnlyList<PathResult> Items);

/// <summary>A program covering a disease or hazard, and why.</summary>
/// <param name="Program">The covering program.</param>
/// <param name="Direct">True when the program itself ADDRESSES the disease or hazard.</param>
/// <param name="Length">The number of steps of the explanation.</param>
/// <param name="Steps">The explanation, from the program to the disease or hazard.</param>
public sealed record CoverageItem(Entity Program, bool Direct, int Length, IReadOnlyList<PathStep> Steps);

/// <summary>The programs covering a disease or hazard: direct first, then by path length.</summary>
/// <param name="Id">The disease or hazard asked about.</param>
/// <param name="Items">The covering programs.</param>
public sealed record CoverageList(string Id, IReadOnlyList<CoverageItem> Items);

/// <summary>A full-text search hit.</summary>
/// <param name="Entity">The matching node.</param>
/// <param name="Score">Relevance; higher is better. A name or alias match outranks a mention.</param>
/// <param name="Snippet">The matching text, the match marked with [ and ], when there is one.</param>
public sealed record SearchResult(EntityRef Entity, double Score, string? Snippet);

/// <summary>Full-text search hits, best first.</summary>
/// <param name="Query">The text searched for.</param>
/// <param name="Items">The hits.</param>
public sealed record SearchResults(string Query, IReadOnlyList<SearchResult> Items);

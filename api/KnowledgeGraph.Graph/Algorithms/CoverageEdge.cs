namespace KnowledgeGraph.Graph;

/// <summary>
/// A relationship as the coverage search needs it: its id, type and ends, without properties or evidence, which
/// only the relationships on the chosen paths need.
/// </summary>
/// <param name="Id">The relationship's id (<see cref="GraphRelationship.IdOf"/>).</param>
/// <param name="Type">The relationship type.</param>
/// <param name="From">The start node's id.</param>
/// <param name="To">The end node's id.</param>
public readonly record struct CoverageEdge(string Id, string Type, string From, string To);

/// <summary>
/// One level of the coverage search: the ADDRESSES, COVERED and CAUSES relationships into <paramref name="inbound"/>
/// and the PART_OF relationships from <paramref name="upward"/> to programs (either list may be empty).
/// </summary>
public delegate Task<IReadOnlyList<CoverageEdge>> CoverageEdgeLoader(
    IReadOnlyCollection<string> inbound,
    IReadOnlyCollection<string> upward,
    CancellationToken cancellationToken);

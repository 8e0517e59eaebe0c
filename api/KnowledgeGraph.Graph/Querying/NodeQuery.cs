namespace KnowledgeGraph.Graph;

/// <summary>A filtered, ordered page of the nodes of one label.</summary>
/// <param name="Label">The label to list.</param>
/// <param name="Where">An optional filter.</param>
/// <param name="Order">Sort keys, applied in turn; the id is always the last key.</param>
/// <param name="Page">Which page.</param>
public sealed record NodeQuery(string Label, Filter? Where, IReadOnlyList<SortKey> Order, PageRequest Page);

/// <summary>One node of a page with its cursor.</summary>
public sealed record PageItem(GraphNode Node, string Cursor);

/// <summary>A page of nodes; the total count is a separate query (<see cref="IGraphStore.CountNodesAsync"/>).</summary>
public sealed record NodePage(IReadOnlyList<PageItem> Items, bool HasNextPage, bool HasPreviousPage);

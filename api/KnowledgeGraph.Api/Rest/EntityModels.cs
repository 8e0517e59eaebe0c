using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Api;

/// <summary>Why a fact is believed: the source that states it and a verbatim quote.</summary>
/// <param name="Source">The id of the Source node, e.g. <c>source:dol-ilab-us-china</c>.</param>
/// <param name="Quote">The verbatim excerpt (at most 300 characters) that states the fact.</param>
public sealed record SourceQuote(string Source, string Quote)
{
    internal static IReadOnlyList<SourceQuote> Of(IEnumerable<Evidence> evidence) => evidence.Select(e => new SourceQuote(e.Source, e.Quote)).ToList();
}

/// <summary>A node of the graph with everything it holds.</summary>
/// <param name="Id">The stable id, <c>&lt;label prefix&gt;:&lt;slug&gt;</c>.</param>
/// <param name="Label">The node's label (Hazard, Disease, Program ...).</param>
/// <param name="Name">The display name.</param>
/// <param name="Description">A one-sentence description, when there is one.</param>
/// <param name="Aliases">Other names and acronyms.</param>
/// <param name="Properties">The label's own properties that are set (category, kind, startDate ...), as strings.</param>
/// <param name="Evidence">The sources and quotes that state the node's facts.</param>
/// <param name="Version">Grows by one with every change; send it as expectedVersion (or If-Match) when changing or deleting.</param>
public sealed record Entity(
    string Id,
    string Label,
    string Name,
    string? Description,
    IReadOnlyList<string> Aliases,
    IReadOnlyDictionary<string, string> Properties,
    IReadOnlyList<SourceQuote> Evidence,
    long Version)
{
    internal static Entity Of(GraphNode node) => new(
        node.Id, node.Label, node.Name, node.Description, node.Aliases,
        new SortedDictionary<string, string>(node.Properties.ToDictionary(), StringComparer.Ordinal), SourceQuote.Of(node.Evidence), node.Version);
}

/// <summary>A short reference to a node: enough to show and link it.</summary>
/// <param name="Id">The node's id.</param>
/// <param name="Label">The node's label.</param>
/// <param name="Name">The node's name.</param>
public sealed record EntityRef(string Id, string Label, string Name)
{
    internal static EntityRef Of(GraphNode node) => new(node.Id, node.Label, node.Name);

    // A node the store no longer has (a race with an import) is still shown by its id.
    internal static EntityRef Of(string id, IReadOnlyDictionary<string, GraphNode> nodes) =>
        nodes.TryGetValue(id, out var node) ? Of(node) : new(id, NodeId.LabelOf(id)?.Name ?? "Entity", id);
}

/// <summary>One page of a collection.</summary>
/// <param name="Items">The entities of this page, in the requested order.</param>
/// <param name="NextCursor">Pass as <c>cursor</c> (with the same filters and sort) for the next page; null on the last page.</param>
/// <param name="Total">How many entities match the filters, over all pages.</param>
public sealed record EntityPage(IReadOnlyList<Entity> Items, string? NextCursor, long Total);

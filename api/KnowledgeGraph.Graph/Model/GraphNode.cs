namespace KnowledgeGraph.Graph;

/// <summary>A node of the graph, with its label's own properties as strings keyed by property name.</summary>
/// <param name="Id">Globally unique, stable, readable id: <c>&lt;prefix&gt;:&lt;slug&gt;</c>.</param>
/// <param name="Label">The label (e.g. <c>Disease</c>).</param>
/// <param name="Name">The display name.</param>
/// <param name="Description">An optional one-sentence description.</param>
/// <param name="Aliases">Other names and acronyms.</param>
/// <param name="Properties">The label's own properties that are set (see <see cref="Ontology"/>).</param>
/// <param name="Evidence">The sources and quotes that state the node's facts.</param>
public sealed record GraphNode(
    string Id,
    string Label,
    string Name,
    string? Description,
    IReadOnlyList<string> Aliases,
    IReadOnlyDictionary<string, string> Properties,
    IReadOnlyList<Evidence> Evidence)
{
    /// <summary>
    /// Starts at 1 and grows by one with every change (curator write or import), so a writer can say which state
    /// it edited and never silently overwrite another's change (optimistic concurrency).
    /// </summary>
    public long Version { get; init; } = 1;

    /// <summary>
    /// True for a node read without its description, aliases and evidence (left null and empty), which a store may
    /// return when asked for outlines; every other member is the node's own.
    /// </summary>
    public bool IsOutline { get; init; }

    /// <summary>The value of a property, including the common ones (<c>id</c>, <c>name</c>, <c>description</c>), or null.</summary>
    public string? Get(string property) => property switch
    {
        "id" => Id,
        "name" => Name,
        "description" => Description,
        _ => Properties.GetValueOrDefault(property),
    };
}

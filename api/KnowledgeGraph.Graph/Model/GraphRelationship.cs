namespace KnowledgeGraph.Graph;

/// <summary>A directed, typed relationship between two nodes, with optional properties (<c>role</c>, <c>title</c>) and evidence.</summary>
/// <param name="Type">The relationship type, e.g. <c>PARTICIPATES_IN</c>.</param>
/// <param name="From">The start node's id.</param>
/// <param name="To">The end node's id.</param>
/// <param name="Properties">The relationship's properties that are set.</param>
/// <param name="Evidence">The sources and quotes that state the relationship.</param>
public sealed record GraphRelationship(
    string Type,
    string From,
    string To,
    IReadOnlyDictionary<string, string> Properties,
    IReadOnlyList<Evidence> Evidence)
{
    /// <summary>
    /// Starts at 1 and grows by one with every change (curator write or import), so a writer can say which state
    /// it edited and never silently overwrite another's change (optimistic concurrency).
    /// </summary>
    public long Version { get; init; } = 1;

    /// <summary>The stable id of a relationship: there is at most one of each type between two nodes.</summary>
    public string Id => IdOf(From, Type, To);

    /// <summary>The relationship's role, when it has one.</summary>
    public string? Role => Properties.GetValueOrDefault("role");

    /// <summary>The id of the relationship of this type from one node to another.</summary>
    public static string IdOf(string from, string type, string to) => $"{from}|{type}|{to}";

    /// <summary>The start, type and end a relationship id names; VALIDATION when it is not <c>from|TYPE|to</c>.</summary>
    public static (string From, string Type, string To) ParseId(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var parts = id.Split('|');
        return parts.Length == 3 ? (parts[0], parts[1], parts[2]) : throw new GraphQueryException($"'{id}' is not a relationship id (from|TYPE|to).");
    }

    /// <summary>The node at the other end from <paramref name="nodeId"/>.</summary>
    public string Other(string nodeId) => From == nodeId ? To : From;
}

using System.Text.Json;

namespace KnowledgeGraph.Graph;

/// <summary>The JSON form of nodes and relationships in audit entries, the same for every store.</summary>
public static class AuditJson
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    /// <summary>A node's full state.</summary>
    public static string Of(GraphNode node) => JsonSerializer.Serialize(Shape(node), Options);

    /// <summary>A relationship's full state.</summary>
    public static string Of(GraphRelationship relationship) => JsonSerializer.Serialize(Shape(relationship), Options);

    /// <summary>A deleted node with the relationships deleted with it.</summary>
    public static string Of(GraphNode node, IEnumerable<GraphRelationship> relationships) =>
        JsonSerializer.Serialize(new { node = Shape(node), relationships = relationships.Select(Shape).ToList() }, Options);

    /// <summary>An import's counts.</summary>
    public static string Of(ImportResult result) => JsonSerializer.Serialize(result, Options);

    private static object Shape(GraphNode n) => new
    {
        n.Id,
        n.Label,
        n.Name,
        n.Description,
        n.Aliases,
        Properties = new SortedDictionary<string, string>(n.Properties.ToDictionary(), StringComparer.Ordinal),
        Evidence = n.Evidence.Select(e => new { e.Source, e.Quote }),
        n.Version,
    };

    private static object Shape(GraphRelationship r) => new
    {
        r.Id,
        r.Type,
        r.From,
        r.To,
        Properties = new SortedDictionary<string, string>(r.Properties.ToDictionary(), StringComparer.Ordinal),
        Evidence = r.Evidence.Select(e => new { e.Source, e.Quote }),
        r.Version,
    };
}

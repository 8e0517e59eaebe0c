using System.Text.Json;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Store.Neo4j;

/// <summary>
/// Converts between the graph's records and what Neo4j stores: plain properties, aliases as a list, evidence as
/// the parallel lists <c>evidenceSources</c>/<c>evidenceQuotes</c> (graph-schema/ontology.md).
/// </summary>
internal static class Neo4jRows
{
    private static readonly HashSet<string> Common = new(["id", "name", "description", "aliases", "evidenceSources", "evidenceQuotes", "labels"], StringComparer.Ordinal);

    /// <summary>A node's property map as stored.</summary>
    public static IReadOnlyDictionary<string, object?> NodeRow(GraphNode node)
    {
        var row = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["id"] = node.Id,
            ["name"] = node.Name,
            ["aliases"] = node.Aliases.ToList(),
            ["evidenceSources"] = node.Evidence.Select(e => e.Source).ToList(),
            ["evidenceQuotes"] = node.Evidence.Select(e => e.Quote).ToList(),
        };
        if (node.Description is not null)
        {
            row["description"] = node.Description;
        }

        foreach (var (key, value) in node.Properties)
        {
            row[CypherNames.StoredKey(key)] = value;
        }

        return row;
    }

    /// <summary>A relationship's row for an upsert: its ends and its property map as stored.</summary>
    public static IReadOnlyDictionary<string, object?> RelationshipRow(GraphRelationship rel)
    {
        var props = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["evidenceSources"] = rel.Evidence.Select(e => e.Source).ToList(),
            ["evidenceQuotes"] = rel.Evidence.Select(e => e.Quote).ToList(),
        };
        foreach (var (key, value) in rel.Properties)
        {
            props[key] = value;
        }

        return new Dictionary<string, object?>(StringComparer.Ordinal) { ["from"] = rel.From, ["to"] = rel.To, ["props"] = props };
    }

    /// <summary>Reads a node map returned as <c>n {.*, labels: labels(n)}</c>.</summary>
    public static GraphNode ReadNode(JsonElement map)
    {
        var labels = Strings(map, "labels");
        var definition = labels.Select(Ontology.Label).FirstOrDefault(l => l is not null);
        var properties = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in map.EnumerateObject())
        {
            if (!Common.Contains(property.Name) && property.Value.ValueKind == JsonValueKind.String && (definition?.Property(property.Name) is not null))
            {
                properties[property.Name] = property.Value.GetString()!;
            }
        }

        return new GraphNode(
            String(map, "id") ?? string.Empty,
            definition?.Name ?? labels.FirstOrDefault(l => l != "Entity") ?? string.Empty,
            String(map, "name") ?? string.Empty,
            String(map, "description"),
            Strings(map, "aliases"),
            properties,
            Evidence(map))
        {
            Version = Version(map),
        };
    }

    /// <summary>The version a node or relationship map carries (1 when it predates versions).</summary>
    public static long Version(JsonElement map) =>
        map.TryGetProperty("version", out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt64() : 1;

    /// <summary>Reads a relationship map returned as <c>{type, from, to, props}</c>.</summary>
    public static GraphRelationship ReadRelationship(JsonElement map)
    {
        var props = map.GetProperty("props");
        var properties = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in props.EnumerateObject())
        {
            if (property.Name is not ("evidenceSources" or "evidenceQuotes") && property.Value.ValueKind == JsonValueKind.String)
            {
                properties[property.Name] = property.Value.GetString()!;
            }
        }

        return new GraphRelationship(String(map, "type")!, String(map, "from")!, String(map, "to")!, properties, Evidence(props)) { Version = Version(props) };
    }

    /// <summary>A canonical text of a node, to tell whether an import changes it.</summary>
    public static string Canonical(GraphNode node) => JsonSerializer.Serialize(new object?[]
    {
        node.Id, node.Label, node.Name, node.Description, node.Aliases,
        node.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new[] { p.Key, p.Value }),
        node.Evidence.Select(e => new[] { e.Source, e.Quote }),
    });

    /// <summary>A canonical text of a relationship, to tell whether an import changes it.</summary>
    public static string Canonical(GraphRelationship rel) => JsonSerializer.Serialize(new object?[]
    {
        rel.Type, rel.From, rel.To,
        rel.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new[] { p.Key, p.Value }),
        rel.Evidence.Select(e => new[] { e.Source, e.Quote }),
    });

    public static string? String(JsonElement map, string key) =>
        map.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public static List<string> Strings(JsonElement map, string key) =>
        map.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).ToList()
            : [];

    private static Evidence[] Evidence(JsonElement map)
    {
        var sources = Strings(map, "evidenceSources");
        var quotes = Strings(map, "evidenceQuotes");
        return sources.Zip(quotes, (s, q) => new Evidence(s, q)).ToArray();
    }
}

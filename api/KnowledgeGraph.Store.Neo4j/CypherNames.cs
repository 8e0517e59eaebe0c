using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Store.Neo4j;

/// <summary>
/// The only names ever written into Cypher text: labels, relationship types and property keys, each checked
/// against the <see cref="Ontology"/> first. Anything else is refused, so user text can never become Cypher.
/// </summary>
internal static class CypherNames
{
    /// <summary>Every property a node filter or sort may name: the common scalars and every label's own properties.</summary>
    public static readonly IReadOnlySet<string> NodeProperties =
        new HashSet<string>(["id", "name", "description", .. Ontology.Labels.SelectMany(l => l.Properties).Select(p => p.Name)], StringComparer.Ordinal);

    /// <summary>A label of the ontology.</summary>
    public static string Label(string label) =>
        Ontology.Label(label)?.Name ?? throw new GraphQueryException($"Unknown label '{label}'.");

    /// <summary>A relationship type of the ontology.</summary>
    public static string RelationshipType(string type) =>
        Ontology.RelationshipTypes.Contains(type, StringComparer.Ordinal) ? type : throw new GraphQueryException($"Unknown relationship type '{type}'.");

    /// <summary>A node property of the ontology, for filters and sorts.</summary>
    public static string Property(string property) =>
        NodeProperties.Contains(property) ? property : throw new GraphQueryException($"Unknown property '{property}'.");

    /// <summary>A property key a stored node may carry (the filterable ones plus the lists).</summary>
    public static string StoredKey(string key) =>
        NodeProperties.Contains(key) || key is "aliases" or "evidenceSources" or "evidenceQuotes"
            ? key
            : throw new ArgumentException($"'{key}' is not a property of the ontology.", nameof(key));
}

using System.Text.Json;
using System.Text.Json.Serialization;
using KnowledgeGraph.Graph;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Store.Sqlite;

/// <summary>Reads and writes node and relationship rows; lists and maps are stored as JSON text.</summary>
internal static class SqliteRows
{
    private sealed record EvidenceRow([property: JsonPropertyName("source")] string S, [property: JsonPropertyName("quote")] string Q);

    // Last, which property columns are set, as one integer: most of a row's property columns are NULL (each label
    // has a few of them), and asking column by column costs a call into SQLite each, thousands of rows at a time.
    public static readonly string NodeColumns =
        "n.id, n.label, n.name, n.description, n.aliases, n.evidence, " + string.Join(", ", SqliteSchema.PropertyColumns.Select(c => $"n.\"{c}\"")) + ", n.version, " +
        string.Join(" | ", SqliteSchema.PropertyColumns.Select((c, i) => $"((n.\"{c}\" IS NOT NULL) << {i})"));

    // The same columns with the long texts left out: a hub's thousands of programs read as outlines need no
    // description, aliases or evidence, and converting those texts is most of what reading a node costs.
    public static readonly string OutlineColumns = NodeColumns.Replace("n.description, n.aliases, n.evidence", "NULL, '[]', '[]'", StringComparison.Ordinal);

    public const string RelationshipColumns = "r.type, r.from_id, r.to_id, r.props, r.evidence, r.version";

    public static GraphNode ReadNode(SqliteDataReader reader) => ReadNode(reader, outline: false);

    public static GraphNode ReadNode(SqliteDataReader reader, bool outline)
    {
        var label = reader.GetString(1);
        var properties = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var set = reader.GetInt64(7 + SqliteSchema.PropertyColumns.Count);
        for (var i = 0; i < SqliteSchema.PropertyColumns.Count; i++)
        {
            if ((set & (1L << i)) != 0)
            {
                properties[SqliteSchema.PropertyColumns[i]] = reader.GetString(6 + i);
            }
        }

        return new GraphNode(
            reader.GetString(0),
            label,
            reader.GetString(2),
            reader.IsDBNull(3) ? null : reader.GetString(3),
            ReadAliases(reader.GetString(4)),
            properties,
            new StoredEvidence(reader.GetString(5), ReadEvidence))
        {
            Version = reader.GetInt64(6 + SqliteSchema.PropertyColumns.Count),
            IsOutline = outline,
        };
    }

    public static GraphRelationship ReadRelationship(SqliteDataReader reader, int offset = 0) =>
        new(
            reader.GetString(offset),
            reader.GetString(offset + 1),
            reader.GetString(offset + 2),
            ReadProperties(reader.GetString(offset + 3)),
            new StoredEvidence(reader.GetString(offset + 4), ReadEvidence))
        {
            Version = reader.GetInt64(offset + 5),
        };

    // Most rows have no aliases or relationship properties; coverage reads thousands of rows at a time.
    private static string[] ReadAliases(string json) => json == "[]" ? [] : JsonSerializer.Deserialize<string[]>(json) ?? [];

    private static SortedDictionary<string, string> ReadProperties(string json) =>
        json == "{}" ? [] : JsonSerializer.Deserialize<SortedDictionary<string, string>>(json) ?? [];

    public static string Json(IReadOnlyList<string> values) => JsonSerializer.Serialize(values);

    public static string Json(IReadOnlyDictionary<string, string> values) =>
        JsonSerializer.Serialize(new SortedDictionary<string, string>(values.ToDictionary(), StringComparer.Ordinal));

    public static string Json(IReadOnlyList<Evidence> evidence) =>
        JsonSerializer.Serialize(evidence.Select(e => new EvidenceRow(e.Source, e.Quote)));

    private static Evidence[] ReadEvidence(string json) =>
        (JsonSerializer.Deserialize<EvidenceRow[]>(json) ?? []).Select(e => new Evidence(e.S, e.Q)).ToArray();

    /// <summary>A canonical text of a node, to tell whether an import changes it.</summary>
    public static string Canonical(GraphNode node) =>
        JsonSerializer.Serialize(new object?[] { node.Id, node.Label, node.Name, node.Description, Json(node.Aliases), Json(node.Properties), Json(node.Evidence) });

    /// <summary>A canonical text of a relationship, to tell whether an import changes it.</summary>
    public static string Canonical(GraphRelationship rel) =>
        JsonSerializer.Serialize(new object?[] { rel.Type, rel.From, rel.To, Json(rel.Properties), Json(rel.Evidence) });
}

using System.Text.Encodings.Web;
using System.Text.Json;

namespace KnowledgeGraph.Graph;

/// <summary>
/// The whole graph as one JSON document, <c>{"nodes": [...], "relationships": [...]}</c>, every node and
/// relationship with its evidence. <see cref="Read"/> turns such a document back into the same
/// <see cref="GraphDataset"/>, so an export can be imported into an empty store.
/// </summary>
public static class JsonExport
{
    // Quotes keep their typographic dashes and apostrophes readable; the output is a file, not HTML.
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the dataset as JSON, nodes then relationships, in the dataset's order.</summary>
    public static void Write(GraphDataset dataset, Stream output)
    {
        using var json = new Utf8JsonWriter(output, WriterOptions);
        json.WriteStartObject();
        json.WriteStartArray("nodes");
        foreach (var node in dataset.Nodes)
        {
            json.WriteStartObject();
            json.WriteString("id", node.Id);
            json.WriteString("label", node.Label);
            json.WriteString("name", node.Name);
            if (node.Description is null)
            {
                json.WriteNull("description");
            }
            else
            {
                json.WriteString("description", node.Description);
            }

            json.WriteStartArray("aliases");
            foreach (var alias in node.Aliases)
            {
                json.WriteStringValue(alias);
            }

            json.WriteEndArray();
            WriteProperties(json, node.Properties);
            WriteEvidence(json, node.Evidence);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("relationships");
        foreach (var rel in dataset.Relationships)
        {
            json.WriteStartObject();
            json.WriteString("id", rel.Id);
            json.WriteString("type", rel.Type);
            json.WriteString("from", rel.From);
            json.WriteString("to", rel.To);
            WriteProperties(json, rel.Properties);
            WriteEvidence(json, rel.Evidence);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Reads a document written by <see cref="Write"/>.</summary>
    /// <exception cref="FormatException">The document is not in this shape.</exception>
    public static GraphDataset Read(Stream input)
    {
        using var document = JsonDocument.Parse(input);
        var root = document.RootElement;
        try
        {
            var nodes = root.GetProperty("nodes").EnumerateArray().Select(n => new GraphNode(
                n.GetProperty("id").GetString()!,
                n.GetProperty("label").GetString()!,
                n.GetProperty("name").GetString()!,
                n.TryGetProperty("description", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() : null,
                n.TryGetProperty("aliases", out var a) ? a.EnumerateArray().Select(x => x.GetString()!).ToList() : [],
                ReadProperties(n),
                ReadEvidence(n))).ToList();
            var relationships = root.GetProperty("relationships").EnumerateArray().Select(r => new GraphRelationship(
                r.GetProperty("type").GetString()!,
                r.GetProperty("from").GetString()!,
                r.GetProperty("to").GetString()!,
                ReadProperties(r),
                ReadEvidence(r))).ToList();
            return new GraphDataset(nodes, relationships);
        }
        catch (Exception e) when (e is KeyNotFoundException or InvalidOperationException)
        {
            throw new FormatException("Not a knowledge-graph JSON export: " + e.Message, e);
        }
    }

    private static void WriteProperties(Utf8JsonWriter json, IReadOnlyDictionary<string, string> properties)
    {
        json.WriteStartObject("properties");
        foreach (var (key, value) in properties.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            json.WriteString(key, value);
        }

        json.WriteEndObject();
    }

    private static void WriteEvidence(Utf8JsonWriter json, IReadOnlyList<Evidence> evidence)
    {
        json.WriteStartArray("evidence");
        foreach (var e in evidence)
        {
            json.WriteStartObject();
            json.WriteString("source", e.Source);
            json.WriteString("quote", e.Quote);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static Dictionary<string, string> ReadProperties(JsonElement element) =>
        element.TryGetProperty("properties", out var p)
            ? p.EnumerateObject().ToDictionary(x => x.Name, x => x.Value.GetString()!, StringComparer.Ordinal)
            : new Dictionary<string, string>(StringComparer.Ordinal);

    private static List<Evidence> ReadEvidence(JsonElement element) =>
        element.TryGetProperty("evidence", out var e)
            ? e.EnumerateArray().Select(x => new Evidence(x.GetProperty("source").GetString()!, x.GetProperty("quote").GetString()!)).ToList()
            : [];
}

using System.Text.Json;

namespace KnowledgeGraph.Store.Neo4j;

/// <summary>The rows of one statement's answer: the field names and, per row, one JSON value per field.</summary>
internal sealed record Neo4jResult(IReadOnlyList<string> Fields, IReadOnlyList<JsonElement[]> Rows)
{
    /// <summary>The values of one field, row by row.</summary>
    public IEnumerable<JsonElement> Column(string field)
    {
        var index = Fields.ToList().IndexOf(field);
        if (index < 0)
        {
            throw new InvalidOperationException($"The answer has no field '{field}'.");
        }

        return Rows.Select(r => r[index]);
    }

    /// <summary>A row's value by field name.</summary>
    public JsonElement Get(JsonElement[] row, string field) => row[Fields.ToList().IndexOf(field)];
}

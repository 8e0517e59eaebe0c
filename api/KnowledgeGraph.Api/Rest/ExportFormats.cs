using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Api;

/// <summary>The export formats: media type, file name and writer of each.</summary>
public static class ExportFormats
{
    /// <summary>One export format.</summary>
    /// <param name="Name">The <c>format</c> parameter's value.</param>
    /// <param name="MediaType">The response's media type.</param>
    /// <param name="FileName">The file name offered in <c>Content-Disposition</c>.</param>
    /// <param name="Write">Writes the dataset.</param>
    public sealed record Format(string Name, string MediaType, string FileName, Action<GraphDataset, Stream> Write);

    /// <summary>Every format, by its name.</summary>
    public static IReadOnlyList<Format> All { get; } =
    [
        new("json", "application/json", "knowledge-graph.json", JsonExport.Write),
        new("csv", "application/zip", "knowledge-graph-csv.zip", CsvExport.WriteZip),
        new("graphml", "application/graphml+xml", "knowledge-graph.graphml", GraphMLExport.Write),
        new("cypher", "text/plain", "knowledge-graph.cypher", WriteCypher),
    ];

    /// <summary>The format with this name (case-insensitive), or null.</summary>
    public static Format? Find(string name) => All.FirstOrDefault(f => f.Name.Equals(name, StringComparison.OrdinalIgnoreCase));

    private static void WriteCypher(GraphDataset dataset, Stream output)
    {
        using var writer = new StreamWriter(output, new System.Text.UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        CypherExport.Write(dataset, CypherSchema.Text, writer);
    }
}

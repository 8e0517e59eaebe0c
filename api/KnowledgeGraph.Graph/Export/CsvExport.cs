using System.IO.Compression;
using System.Text;

namespace KnowledgeGraph.Graph;

/// <summary>
/// The whole graph as CSV in the header style of <c>neo4j-admin database import</c>: <c>nodes.csv</c>
/// (<c>id:ID</c>, <c>:LABEL</c>, the properties) and <c>relationships.csv</c> (<c>:START_ID</c>, <c>:END_ID</c>,
/// <c>:TYPE</c>, the properties). Lists (aliases, evidence sources and quotes) are <c>string[]</c> columns joined
/// with <see cref="ArrayDelimiter"/>, the importer's default; evidence is the parallel lists
/// <c>evidenceSources</c>/<c>evidenceQuotes</c>, as in Neo4j. Every node also gets the label <c>Entity</c>.
/// Every column is typed: all properties are <c>string</c>, dates too, because a Neo4j <c>date</c> would pad
/// <c>2012-11</c> to a day the sources never state. The importer has no escape for its array delimiter: a quote
/// that itself holds <c>;</c> (a few do) splits into two elements unless the import names another delimiter
/// (<c>--array-delimiter</c>); the JSON export keeps every quote whole.
/// </summary>
public static class CsvExport
{
    /// <summary>The separator of list elements inside one field (neo4j-admin's default).</summary>
    public const char ArrayDelimiter = ';';

    /// <summary>The file names inside the zip.</summary>
    public const string NodesFile = "nodes.csv", RelationshipsFile = "relationships.csv";

    // Every property any label may carry, in ontology order: one fixed header whatever the data holds.
    private static readonly IReadOnlyList<string> NodeProperties =
        Ontology.Labels.SelectMany(l => l.Properties).Select(p => p.Name).Distinct(StringComparer.Ordinal).ToArray();

    private static readonly IReadOnlyList<string> RelationshipProperties =
        Ontology.RelationshipProperties.Values.SelectMany(p => p).Select(p => p.Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();

    /// <summary>The header of <c>nodes.csv</c>.</summary>
    public static IReadOnlyList<string> NodeHeader { get; } =
        ["id:ID", ":LABEL", "name:string", "description:string", "aliases:string[]", .. NodeProperties.Select(p => p + ":string"), "evidenceSources:string[]", "evidenceQuotes:string[]"];

    /// <summary>The header of <c>relationships.csv</c>.</summary>
    public static IReadOnlyList<string> RelationshipHeader { get; } =
        [":START_ID", ":END_ID", ":TYPE", .. RelationshipProperties.Select(p => p + ":string"), "evidenceSources:string[]", "evidenceQuotes:string[]"];

    /// <summary>Writes a zip holding <c>nodes.csv</c> and <c>relationships.csv</c>.</summary>
    public static void WriteZip(GraphDataset dataset, Stream output)
    {
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        using (var writer = new StreamWriter(zip.CreateEntry(NodesFile).Open(), new UTF8Encoding(false)))
        {
            WriteNodes(dataset, writer);
        }

        using (var writer = new StreamWriter(zip.CreateEntry(RelationshipsFile).Open(), new UTF8Encoding(false)))
        {
            WriteRelationships(dataset, writer);
        }
    }

    /// <summary>Writes <c>nodes.csv</c>: the header, then one row per node.</summary>
    public static void WriteNodes(GraphDataset dataset, TextWriter writer)
    {
        WriteRow(writer, NodeHeader);
        foreach (var node in dataset.Nodes)
        {
            WriteRow(writer, [
                node.Id, $"Entity{ArrayDelimiter}{node.Label}", node.Name, node.Description ?? string.Empty, Join(node.Aliases),
                .. NodeProperties.Select(p => node.Properties.GetValueOrDefault(p) ?? string.Empty),
                Join(node.Evidence.Select(e => e.Source)), Join(node.Evidence.Select(e => e.Quote)),
            ]);
        }
    }

    /// <summary>Writes <c>relationships.csv</c>: the header, then one row per relationship.</summary>
    public static void WriteRelationships(GraphDataset dataset, TextWriter writer)
    {
        WriteRow(writer, RelationshipHeader);
        foreach (var rel in dataset.Relationships)
        {
            WriteRow(writer, [
                rel.From, rel.To, rel.Type,
                .. RelationshipProperties.Select(p => rel.Properties.GetValueOrDefault(p) ?? string.Empty),
                Join(rel.Evidence.Select(e => e.Source)), Join(rel.Evidence.Select(e => e.Quote)),
            ]);
        }
    }

    private static string Join(IEnumerable<string> values) => string.Join(ArrayDelimiter, values);

    // RFC 4180: a field with a comma, quote or line break is quoted, and its quotes doubled.
    private static void WriteRow(TextWriter writer, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }

            var field = fields[i];
            if (field.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            {
                writer.Write('"');
                writer.Write(field.Replace("\"", "\"\"", StringComparison.Ordinal));
                writer.Write('"');
            }
            else
            {
                writer.Write(field);
            }
        }

        writer.Write('\n');
    }
}

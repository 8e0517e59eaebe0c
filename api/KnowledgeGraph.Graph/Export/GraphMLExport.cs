using System.Text;
using System.Xml;

namespace KnowledgeGraph.Graph;

/// <summary>
/// The whole graph as GraphML (http://graphml.graphdrawing.org/), as Gephi, Cytoscape and yEd open it: every
/// attribute is declared as a <c>&lt;key&gt;</c> of type string before the graph, nodes carry their Neo4j label
/// (<c>labels</c>), name, description, aliases and own properties, edges their type and properties; evidence is the parallel
/// attributes <c>evidenceSources</c>/<c>evidenceQuotes</c>, list elements separated by <see cref="ListSeparator"/>.
/// Gephi shows the attribute named <c>label</c> as the caption, so nodes get their name and edges their type there.
/// </summary>
public static class GraphMLExport
{
    /// <summary>The GraphML namespace.</summary>
    public const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    /// <summary>The separator of list elements inside one attribute value.</summary>
    public const string ListSeparator = " | ";

    private static readonly IReadOnlyList<string> NodeKeys =
    [
        "label", "labels", "name", "description", "aliases",
        .. Ontology.Labels.SelectMany(l => l.Properties).Select(p => p.Name).Distinct(StringComparer.Ordinal),
        "evidenceSources", "evidenceQuotes",
    ];

    private static readonly IReadOnlyList<string> EdgeKeys =
    [
        "label", "type",
        .. Ontology.RelationshipProperties.Values.SelectMany(p => p).Select(p => p.Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal),
        "evidenceSources", "evidenceQuotes",
    ];

    /// <summary>Writes the document (UTF-8).</summary>
    public static void Write(GraphDataset dataset, Stream output)
    {
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), NewLineChars = "\n" };
        using var xml = XmlWriter.Create(output, settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("graphml", Namespace);

        // Key ids are prefixed by their domain: a node and an edge attribute may share a name (evidenceQuotes).
        foreach (var key in NodeKeys)
        {
            WriteKey(xml, "n_" + key, "node", key);
        }

        foreach (var key in EdgeKeys)
        {
            WriteKey(xml, "e_" + key, "edge", key);
        }

        xml.WriteStartElement("graph", Namespace);
        xml.WriteAttributeString("id", "knowledge-graph");
        xml.WriteAttributeString("edgedefault", "directed");
        foreach (var node in dataset.Nodes)
        {
            xml.WriteStartElement("node", Namespace);
            xml.WriteAttributeString("id", node.Id);
            WriteData(xml, "n_label", node.Name);
            WriteData(xml, "n_labels", node.Label);
            WriteData(xml, "n_name", node.Name);
            WriteData(xml, "n_description", node.Description);
            WriteData(xml, "n_aliases", node.Aliases.Count == 0 ? null : string.Join(ListSeparator, node.Aliases));
            foreach (var (key, value) in node.Properties.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                WriteData(xml, "n_" + key, value);
            }

            WriteEvidence(xml, "n_", node.Evidence);
            xml.WriteEndElement();
        }

        foreach (var rel in dataset.Relationships)
        {
            xml.WriteStartElement("edge", Namespace);
            xml.WriteAttributeString("id", rel.Id);
            xml.WriteAttributeString("source", rel.From);
            xml.WriteAttributeString("target", rel.To);
            WriteData(xml, "e_label", rel.Type);
            WriteData(xml, "e_type", rel.Type);
            foreach (var (key, value) in rel.Properties.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                WriteData(xml, "e_" + key, value);
            }

            WriteEvidence(xml, "e_", rel.Evidence);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void WriteKey(XmlWriter xml, string id, string domain, string name)
    {
        xml.WriteStartElement("key", Namespace);
        xml.WriteAttributeString("id", id);
        xml.WriteAttributeString("for", domain);
        xml.WriteAttributeString("attr.name", name);
        xml.WriteAttributeString("attr.type", "string");
        xml.WriteEndElement();
    }

    private static void WriteEvidence(XmlWriter xml, string prefix, IReadOnlyList<Evidence> evidence)
    {
        WriteData(xml, prefix + "evidenceSources", string.Join(ListSeparator, evidence.Select(e => e.Source)));
        WriteData(xml, prefix + "evidenceQuotes", string.Join(ListSeparator, evidence.Select(e => e.Quote)));
    }

    private static void WriteData(XmlWriter xml, string key, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        xml.WriteStartElement("data", Namespace);
        xml.WriteAttributeString("key", key);
        xml.WriteString(value);
        xml.WriteEndElement();
    }
}

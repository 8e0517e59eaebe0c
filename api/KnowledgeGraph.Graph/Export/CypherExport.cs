namespace KnowledgeGraph.Graph;

/// <summary>
/// The whole graph as a Cypher script: the schema (constraints and indexes), then batched <c>UNWIND … MERGE</c>
/// statements with literal rows, loadable as it is with <c>cypher-shell -f</c> or pasted into Neo4j Browser.
/// Every node gets its label and <c>:Entity</c>; evidence is stored as the parallel lists
/// <c>evidenceSources</c>/<c>evidenceQuotes</c> (graph-schema/ontology.md).
/// </summary>
public static class CypherExport
{
    /// <summary>Rows per UNWIND statement.</summary>
    public const int DefaultBatchSize = 500;

    /// <summary>Writes the script: <paramref name="schema"/> (the text of graph-schema/schema.cypher) first, then the data.</summary>
    public static void Write(GraphDataset dataset, string schema, TextWriter writer, int batchSize = DefaultBatchSize)
    {
        writer.WriteLine("// The occupational-safety knowledge graph, exported as Cypher. Load with: cypher-shell -f <this file>");
        writer.WriteLine($"// {dataset.Nodes.Count} nodes, {dataset.Relationships.Count} relationships.");
        writer.WriteLine();
        writer.WriteLine(schema.Trim());
        writer.WriteLine();

        foreach (var label in dataset.Nodes.GroupBy(n => n.Label).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            foreach (var batch in label.Chunk(batchSize))
            {
                var rows = batch.Select(n => CypherLiteral.Map(NodeRow(n)));
                writer.WriteLine($"UNWIND [{string.Join(",\n  ", rows)}] AS row");
                writer.WriteLine($"MERGE (n:Entity:{label.Key} {{id: row.id}})");
                writer.WriteLine("SET n = row;");
                writer.WriteLine();
            }
        }

        var labels = dataset.Nodes.ToDictionary(n => n.Id, n => n.Label, StringComparer.Ordinal);
        foreach (var shape in dataset.Relationships
                     .GroupBy(r => (r.Type, From: labels.GetValueOrDefault(r.From, "Entity"), To: labels.GetValueOrDefault(r.To, "Entity")))
                     .OrderBy(g => g.Key.Type, StringComparer.Ordinal).ThenBy(g => g.Key.From, StringComparer.Ordinal).ThenBy(g => g.Key.To, StringComparer.Ordinal))
        {
            foreach (var batch in shape.Chunk(batchSize))
            {
                var rows = batch.Select(r => CypherLiteral.Map(RelationshipRow(r)));
                writer.WriteLine($"UNWIND [{string.Join(",\n  ", rows)}] AS row");
                writer.WriteLine($"MATCH (a:{shape.Key.From} {{id: row.from}}) MATCH (b:{shape.Key.To} {{id: row.to}})");
                writer.WriteLine($"MERGE (a)-[r:{shape.Key.Type}]->(b)");
                writer.WriteLine("SET r = row.props;");
                writer.WriteLine();
            }
        }
    }

    /// <summary>A node's properties as Neo4j stores them.</summary>
    public static IEnumerable<KeyValuePair<string, object?>> NodeRow(GraphNode node)
    {
        yield return new("id", node.Id);
        yield return new("name", node.Name);
        if (node.Description is not null)
        {
            yield return new("description", node.Description);
        }

        yield return new("aliases", node.Aliases);
        foreach (var (key, value) in node.Properties.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            yield return new(key, value);
        }

        yield return new("evidenceSources", node.Evidence.Select(e => e.Source).ToList());
        yield return new("evidenceQuotes", node.Evidence.Select(e => e.Quote).ToList());
    }

    private static IEnumerable<KeyValuePair<string, object?>> RelationshipRow(GraphRelationship rel)
    {
        yield return new("from", rel.From);
        yield return new("to", rel.To);
        var props = rel.Properties.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => new KeyValuePair<string, object?>(p.Key, p.Value))
            .Append(new("evidenceSources", rel.Evidence.Select(e => e.Source).ToList()))
            .Append(new("evidenceQuotes", rel.Evidence.Select(e => e.Quote).ToList()));
        yield return new("props", new MapLiteral(props.ToList()));
    }
}

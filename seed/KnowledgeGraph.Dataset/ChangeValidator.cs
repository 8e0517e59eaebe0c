using KnowledgeGraph.Graph;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace KnowledgeGraph.Dataset;

/// <summary>
/// Validates a curator's change exactly as the loader validates the dataset: the change is written as a dataset
/// file beside the nodes it refers to (its ends and cited sources, as the store holds them) and run through
/// <see cref="DatasetLoader"/>, so every rule (ontology, ids, enums, dates, evidence, quote length, verbatim
/// quotes when the corpus is at hand, single-valued shapes) applies with the same wording.
/// </summary>
public static class ChangeValidator
{
    private const string ChangeFile = "change.yaml";
    private const string ContextFile = "store.yaml";

    /// <summary>Every rule the change breaks; empty when it is valid.</summary>
    /// <param name="nodes">Nodes created or updated, in their full new state.</param>
    /// <param name="relationships">Relationships created or updated, in their full new state.</param>
    /// <param name="context">Stored nodes the change refers to (ends, sources) and stored relationships that share a single-valued shape.</param>
    /// <param name="contextRelationships">Stored relationships the single-valued rules must see (a node's one parent or country).</param>
    /// <param name="corpusDirectory">The source documents, when at hand; quotes are then checked verbatim.</param>
    public static IReadOnlyList<string> Validate(
        IReadOnlyList<GraphNode> nodes,
        IReadOnlyList<GraphRelationship> relationships,
        IReadOnlyList<GraphNode> context,
        IReadOnlyList<GraphRelationship> contextRelationships,
        string? corpusDirectory)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentNullException.ThrowIfNull(relationships);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(contextRelationships);
        var changed = nodes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        var changedRels = relationships.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var files = new List<DatasetFile>
        {
            new(ChangeFile, Render(nodes, relationships)),
            new(ContextFile, Render(
                context.Where(n => !changed.Contains(n.Id)).DistinctBy(n => n.Id).ToList(),
                contextRelationships.Where(r => !changedRels.Contains(r.Id)).DistinctBy(r => r.Id).ToList())),
        };
        var result = DatasetLoader.Load(files, corpusDirectory);
        return result.Errors.Select(e => InGraphTerms(e.File == ChangeFile ? e.Message : $"{e.Message} (in the stored graph)")).ToList();
    }

    // The loader speaks of files; a curator writes to the graph.
    private static string InGraphTerms(string message) => message
        .Replace(" in any file", " in the graph", StringComparison.Ordinal)
        .Replace(" (a source: node in some file)", " (a Source node in the graph)", StringComparison.Ordinal);

    /// <summary>A dataset file holding these nodes and relationships, every value double-quoted so none is reinterpreted.</summary>
    public static string Render(IReadOnlyList<GraphNode> nodes, IReadOnlyList<GraphRelationship> relationships)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentNullException.ThrowIfNull(relationships);
        var root = new YamlMappingNode();
        if (nodes.Count > 0)
        {
            root.Add("nodes", new YamlSequenceNode(nodes.Select(RenderNode)));
        }

        if (relationships.Count > 0)
        {
            root.Add("relationships", new YamlSequenceNode(relationships.Select(RenderRelationship)));
        }

        using var writer = new StringWriter();
        new YamlStream(new YamlDocument(root)).Save(writer, assignAnchors: false);
        return writer.ToString();
    }

    private static YamlMappingNode RenderNode(GraphNode node)
    {
        var map = new YamlMappingNode { { "id", Quoted(node.Id) }, { "name", Quoted(node.Name) } };
        if (node.Description is not null)
        {
            map.Add("description", Quoted(node.Description));
        }

        if (node.Aliases.Count > 0)
        {
            map.Add("aliases", new YamlSequenceNode(node.Aliases.Select(Quoted)));
        }

        foreach (var (key, value) in node.Properties)
        {
            map.Add(key, Quoted(value));
        }

        map.Add("evidence", RenderEvidence(node.Evidence));
        return map;
    }

    private static YamlMappingNode RenderRelationship(GraphRelationship rel)
    {
        var map = new YamlMappingNode { { "from", Quoted(rel.From) }, { "type", Quoted(rel.Type) }, { "to", Quoted(rel.To) } };
        foreach (var (key, value) in rel.Properties)
        {
            map.Add(key, Quoted(value));
        }

        map.Add("evidence", RenderEvidence(rel.Evidence));
        return map;
    }

    private static YamlSequenceNode RenderEvidence(IReadOnlyList<Evidence> evidence) =>
        new(evidence.Select(e => new YamlMappingNode { { "source", Quoted(e.Source) }, { "quote", Quoted(e.Quote) } }));

    private static YamlScalarNode Quoted(string value) => new(value) { Style = ScalarStyle.DoubleQuoted };
}

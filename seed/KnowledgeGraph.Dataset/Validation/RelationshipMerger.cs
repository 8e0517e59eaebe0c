using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Dataset;

/// <summary>
/// Merges each relationship's entries across files and checks what needs every file: both ends defined as
/// nodes, and at most one relationship of a single-valued shape (a node's one parent or country) per start node.
/// </summary>
internal static class RelationshipMerger
{
    private static readonly Dictionary<string, Located> NoProperties = [];

    /// <param name="files">The parsed files, in order.</param>
    /// <param name="nodes">Every node defined.</param>
    /// <param name="everyFileRead">False when a file could not be read; an end may be defined in it.</param>
    /// <param name="errors">Where errors go.</param>
    /// <returns>The merged relationships; each file's entries are dropped once merged.</returns>
    public static MergedRelationship[] Merge(
        IReadOnlyList<ParsedFile> files, IReadOnlyDictionary<string, MergedNode> nodes, bool everyFileRead, ErrorList errors)
    {
        // Keyed by the (shared) end and type strings: a million "from|TYPE|to" ids would be built only to be looked up.
        var relationships = new Dictionary<(string From, string Type, string To), MergedRelationship>(files.Sum(f => f.Relationships.Count));
        foreach (var file in files)
        {
            foreach (var entry in file.Relationships)
            {
                Merge(entry, relationships, nodes, everyFileRead, errors);
            }

            file.DropRelationships();
        }

        CheckSingleValued(relationships.Values, errors);
        return [.. relationships.Values];
    }

    private static void Merge(
        RelationshipEntry entry, Dictionary<(string From, string Type, string To), MergedRelationship> relationships,
        IReadOnlyDictionary<string, MergedNode> nodes, bool everyFileRead, ErrorList errors)
    {
        if (everyFileRead)
        {
            CheckEnd(entry.From, entry, nodes, errors);
            CheckEnd(entry.To, entry, nodes, errors);
        }

        if (!relationships.TryGetValue(entry.Key, out var relationship))
        {
            relationship = new MergedRelationship(entry);
            relationships.Add(entry.Key, relationship);
        }

        foreach (var (key, value) in entry.Properties ?? NoProperties)
        {
            if (relationship.Property(key) is { } held)
            {
                if (!string.Equals(held.Value, value.Value, StringComparison.Ordinal))
                {
                    errors.Add(value.At, $"{entry.Subject}: {key} '{value.Value}' conflicts with '{held.Value}' given at {held.At}; a relationship's {key} must be the same in every file");
                }
            }
            else
            {
                relationship.Add(key, value);
            }
        }

        relationship.Evidence.AddRange(entry.Evidence);
    }

    private static void CheckEnd(Located end, RelationshipEntry entry, IReadOnlyDictionary<string, MergedNode> nodes, ErrorList errors)
    {
        // Malformed ids and unknown labels were reported where they were read.
        if (NodeId.LabelOf(end.Value) is not null && !nodes.ContainsKey(end.Value))
        {
            errors.Add(end.At, $"{entry.Subject}: '{end.Value}' is not defined as a node in any file");
        }
    }

    private static void CheckSingleValued(IEnumerable<MergedRelationship> relationships, ErrorList errors)
    {
        // The first relationship of each single-valued shape, by start node; every later one is an error against it.
        var firsts = new Dictionary<(string From, string Type, string To), MergedRelationship>();
        foreach (var relationship in relationships)
        {
            if (relationship.Definition is not { OutSingle: true } definition)
            {
                continue;
            }

            if (!firsts.TryAdd((relationship.From, definition.Type, definition.To), relationship))
            {
                var first = firsts[(relationship.From, definition.Type, definition.To)];
                errors.Add(relationship.At, $"{relationship.Subject}: {first.From} already has a {first.Type} to a {first.Definition!.To} " +
                    $"({first.To}, at {first.At}); the ontology allows only one ({first.Definition.OutField})");
            }
        }
    }
}

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
    public static IReadOnlyCollection<MergedRelationship> Merge(
        IReadOnlyList<ParsedFile> files, IReadOnlyDictionary<string, MergedNode> nodes, bool everyFileRead, ErrorList errors)
    {
        // Keyed by the (shared) end and type strings: a million "from|TYPE|to" ids would be built only to be looked up.
        var relationships = new Dictionary<(string From, string Type, string To), MergedRelationship>(files.Sum(f => f.Relationships.Count));
        foreach (var entry in files.SelectMany(f => f.Relationships))
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

        CheckSingleValued(relationships.Values, errors);
        return relationships.Values;
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
        var firsts = new Dictionary<(string From, string Type, string To), RelationshipEntry>();
        foreach (var relationship in relationships)
        {
            var entry = relationship.First;
            if (entry.Definition is not { OutSingle: true } definition)
            {
                continue;
            }

            if (!firsts.TryAdd((entry.Key.From, definition.Type, definition.To), entry))
            {
                var first = firsts[(entry.Key.From, definition.Type, definition.To)];
                errors.Add(entry.At, $"{entry.Subject}: {first.From.Value} already has a {first.Type.Value} to a {first.Definition!.To} " +
                    $"({first.To.Value}, at {first.At}); the ontology allows only one ({first.Definition.OutField})");
            }
        }
    }
}

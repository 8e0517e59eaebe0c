
namespace KnowledgeGraph.Dataset;

/// <summary>
/// Merges each node's entries across files, then checks what only the whole node can show: a name somewhere,
/// aliases that do not repeat it, end dates not before start dates, documents that name their file.
/// </summary>
internal static class NodeMerger
{
    /// <param name="files">The parsed files, in order.</param>
    /// <param name="everyFileRead">False when a file could not be read; a node's name may then be in it.</param>
    /// <param name="errors">Where errors go.</param>
    public static IReadOnlyDictionary<string, MergedNode> Merge(IReadOnlyList<ParsedFile> files, bool everyFileRead, ErrorList errors)
    {
        var nodes = new Dictionary<string, MergedNode>(StringComparer.Ordinal);
        foreach (var entry in files.SelectMany(f => f.Nodes))
        {
            if (!nodes.TryGetValue(entry.Id.Value, out var node))
            {
                node = new MergedNode(entry);
                nodes.Add(node.Id, node);
            }

            node.Name = Agree(node.Name, entry.Name, node.Id, "name", errors);
            node.NameWritten |= entry.NameWritten;
            node.Description = Agree(node.Description, entry.Description, node.Id, "description", errors);
            foreach (var (key, value) in entry.Properties)
            {
                node.Properties[key] = Agree(node.Properties.GetValueOrDefault(key), value, node.Id, key, errors)!;
            }

            node.Aliases.AddRange(entry.Aliases);
            node.Evidence.AddRange(entry.Evidence);
        }

        foreach (var node in nodes.Values)
        {
            Check(node, everyFileRead, errors);
        }

        return nodes;
    }

    /// <summary>The value already held, or the new one; reports a conflict at the later place.</summary>
    private static Located? Agree(Located? held, Located? incoming, string id, string what, ErrorList errors)
    {
        if (held is null)
        {
            return incoming;
        }

        if (incoming is not null && !string.Equals(held.Value, incoming.Value, StringComparison.Ordinal))
        {
            errors.Add(incoming.At, $"{id}: {what} '{incoming.Value}' conflicts with '{held.Value}' given at {held.At}; a node's {what} must be the same in every file");
        }

        return held;
    }

    private static void Check(MergedNode node, bool everyFileRead, ErrorList errors)
    {
        if (node.Name is null)
        {
            if (everyFileRead && !node.NameWritten)
            {
                errors.Add(node.At, $"{node.Id}: no name in any file");
            }
        }
        else
        {
            foreach (var alias in node.Aliases.Where(a => string.Equals(a.Value, node.Name.Value, StringComparison.OrdinalIgnoreCase)))
            {
                errors.Add(alias.At, $"{node.Id}: alias '{alias.Value}' repeats the name");
            }
        }

        if (node.Properties.GetValueOrDefault("startDate") is { } start
            && node.Properties.GetValueOrDefault("endDate") is { } end
            && EndsBeforeStart(end.Value, start.Value))
        {
            errors.Add(end.At, $"{node.Id}: endDate {end.Value} is before startDate {start.Value} (given at {start.At})");
        }

        if (everyFileRead && node.Label.IdPrefix == "source" && node.Property("kind") == "DOCUMENT" && node.Property("file") is null)
        {
            errors.Add(node.At, $"{node.Id}: a DOCUMENT source needs 'file', the corpus file it was curated from");
        }

        if (everyFileRead && node.Label.IdPrefix == "source" && node.Property("kind") is null)
        {
            errors.Add(node.At, $"{node.Id}: a source needs 'kind' (DOCUMENT or REFERENCE)");
        }

        if (node.Label.IdPrefix == "country" && node.Properties.GetValueOrDefault("code") is { } code
            && !string.Equals(code.Value, node.Id["country:".Length..], StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(code.At, $"{node.Id}: code '{code.Value}' does not match the id (expected {node.Id["country:".Length..].ToUpperInvariant()})");
        }
    }

    /// <summary>Compares at the coarser precision of the two, so 2013 never counts as before 2013-05.</summary>
    private static bool EndsBeforeStart(string end, string start)
    {
        var length = Math.Min(end.Length, start.Length);
        return string.CompareOrdinal(end[..length], start[..length]) < 0;
    }
}

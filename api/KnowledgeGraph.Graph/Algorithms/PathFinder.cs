namespace KnowledgeGraph.Graph;

/// <summary>
/// All shortest paths between two nodes, ignoring direction, up to a length bound: a bidirectional
/// breadth-first search that loads one level of one side per round trip, always growing the smaller side.
/// </summary>
public static class PathFinder
{
    private sealed class Side
    {
        public Dictionary<string, int> Depth { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, List<(string Prev, GraphRelationship Rel)>> Parents { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Frontier { get; set; } = new(StringComparer.Ordinal);

        public int Level { get; set; }
    }

    /// <summary>Finds up to <paramref name="first"/> shortest paths of at most <paramref name="maxLength"/> steps, in a stable order.</summary>
    public static async Task<IReadOnlyList<GraphPath>> FindAsync(
        string fromId, string toId, int maxLength, int first, RelationshipLoader load, CancellationToken cancellationToken)
    {
        if (fromId == toId || maxLength < 1 || first < 1)
        {
            return [];
        }

        var forward = new Side();
        var backward = new Side();
        forward.Depth[fromId] = 0;
        forward.Frontier.Add(fromId);
        backward.Depth[toId] = 0;
        backward.Frontier.Add(toId);

        while (forward.Level + backward.Level < maxLength && forward.Frontier.Count > 0 && backward.Frontier.Count > 0)
        {
            var (grow, other) = forward.Frontier.Count <= backward.Frontier.Count ? (forward, backward) : (backward, forward);
            await ExpandAsync(grow, load, cancellationToken).ConfigureAwait(false);

            var meetings = grow.Frontier.Where(other.Depth.ContainsKey).ToList();
            if (meetings.Count == 0)
            {
                continue;
            }

            var best = meetings.Min(m => forward.Depth[m] + backward.Depth[m]);
            var paths = new List<GraphPath>();
            foreach (var meeting in meetings.Where(m => forward.Depth[m] + backward.Depth[m] == best).Order(StringComparer.Ordinal))
            {
                foreach (var prefix in Walk(forward, meeting))
                {
                    foreach (var suffix in Walk(backward, meeting))
                    {
                        paths.Add(Join(prefix, suffix));
                        if (paths.Count >= first)
                        {
                            return paths;
                        }
                    }
                }
            }

            return paths;
        }

        return [];
    }

    private static async Task ExpandAsync(Side side, RelationshipLoader load, CancellationToken cancellationToken)
    {
        var rels = await load(side.Frontier, null, Direction.Both, null, cancellationToken).ConfigureAwait(false);
        var next = new HashSet<string>(StringComparer.Ordinal);
        var depth = side.Level + 1;
        foreach (var rel in rels.OrderBy(r => r.Id, StringComparer.Ordinal))
        {
            foreach (var (here, there) in new[] { (rel.From, rel.To), (rel.To, rel.From) })
            {
                if (!side.Frontier.Contains(here) || here == there)
                {
                    continue;
                }

                if (!side.Depth.TryGetValue(there, out var known))
                {
                    side.Depth[there] = depth;
                    side.Parents[there] = [(here, rel)];
                    next.Add(there);
                }
                else if (known == depth && !side.Parents[there].Any(p => p.Prev == here && p.Rel.Id == rel.Id))
                {
                    side.Parents[there].Add((here, rel));
                }
            }
        }

        side.Frontier = next;
        side.Level = depth;
    }

    // Every shortest walk from the side's origin to the node, as (nodes origin→node, rels).
    private static IEnumerable<(List<string> Nodes, List<GraphRelationship> Rels)> Walk(Side side, string node)
    {
        if (!side.Parents.TryGetValue(node, out var parents))
        {
            yield return ([node], []);
            yield break;
        }

        foreach (var (prev, rel) in parents)
        {
            foreach (var (nodes, rels) in Walk(side, prev))
            {
                yield return ([.. nodes, node], [.. rels, rel]);
            }
        }
    }

    private static GraphPath Join((List<string> Nodes, List<GraphRelationship> Rels) prefix, (List<string> Nodes, List<GraphRelationship> Rels) suffix)
    {
        var nodes = new List<string>(prefix.Nodes);
        for (var i = suffix.Nodes.Count - 2; i >= 0; i--)
        {
            nodes.Add(suffix.Nodes[i]);
        }

        var rels = new List<GraphRelationship>(prefix.Rels);
        for (var i = suffix.Rels.Count - 1; i >= 0; i--)
        {
            rels.Add(suffix.Rels[i]);
        }

        return new GraphPath(nodes, rels);
    }
}

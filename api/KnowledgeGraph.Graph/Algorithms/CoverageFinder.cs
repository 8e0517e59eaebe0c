namespace KnowledgeGraph.Graph;

/// <summary>
/// The contract's coverage rules, as a breadth-first search backwards from each disease or hazard. A program
/// covers a target when it ADDRESSES it (direct), ADDRESSES a hazard that CAUSES it, has an event that COVERED
/// either, or has a subprogram that covers it. Each level costs at most two batched round trips for all
/// targets together, and breadth-first order gives each program its shortest explanation.
/// </summary>
public static class CoverageFinder
{
    private enum Step
    {
        Target,
        Hazard,
        Event,
        Program,
    }

    private sealed record Visit(string Node, Step Step);

    /// <summary>
    /// The coverage of each target, direct first, then by path length, then by program name. Programs are
    /// filtered by kind at the end, so a dialogue still covers through a subprogram of another kind.
    /// </summary>
    public static async Task<IReadOnlyList<Coverage>> FindAsync(
        IReadOnlyCollection<string> targetIds,
        string? programKind,
        RelationshipLoader load,
        Func<IReadOnlyCollection<string>, CancellationToken, Task<IReadOnlyList<GraphNode>>> loadNodes,
        CancellationToken cancellationToken)
    {
        var targets = targetIds.Distinct(StringComparer.Ordinal)
            .Where(id => NodeId.LabelOf(id)?.Name is "Disease" or "Hazard")
            .ToList();

        // Per target: how each visited node was reached (the relationship towards the target and the node it leads to).
        var parents = targets.ToDictionary(t => t, _ => new Dictionary<string, (string Next, GraphRelationship Rel)?>(StringComparer.Ordinal), StringComparer.Ordinal);
        var found = new List<(string Target, string Program)>();
        var frontier = new List<(string Target, Visit Visit)>();
        foreach (var t in targets)
        {
            parents[t][t] = null;
            frontier.Add((t, new Visit(t, Step.Target)));
        }

        while (frontier.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var inbound = frontier.Where(f => f.Visit.Step is Step.Target or Step.Hazard).Select(f => f.Visit.Node).Distinct().ToList();
            var upward = frontier.Where(f => f.Visit.Step is Step.Event or Step.Program).Select(f => f.Visit.Node).Distinct().ToList();
            var rels = new List<GraphRelationship>();
            if (inbound.Count > 0)
            {
                rels.AddRange(await load(inbound, null, Direction.In, null, cancellationToken).ConfigureAwait(false));
            }

            if (upward.Count > 0)
            {
                rels.AddRange(await load(upward, "PART_OF", Direction.Out, "Program", cancellationToken).ConfigureAwait(false));
            }

            var byNode = rels.OrderBy(r => r.Id, StringComparer.Ordinal).ToLookup(r => r.From, StringComparer.Ordinal);
            var byEnd = rels.OrderBy(r => r.Id, StringComparer.Ordinal).ToLookup(r => r.To, StringComparer.Ordinal);
            var next = new List<(string Target, Visit Visit)>();
            foreach (var (target, visit) in frontier.OrderBy(f => f.Target, StringComparer.Ordinal).ThenBy(f => f.Visit.Node, StringComparer.Ordinal))
            {
                var isDisease = NodeId.PrefixOf(target) == "disease";
                IEnumerable<(GraphRelationship Rel, string Node, Step Step)> moves = visit.Step switch
                {
                    Step.Target or Step.Hazard => byEnd[visit.Node].Select(r => (r, r.From, NodeId.PrefixOf(r.From), r.Type) switch
                    {
                        (var rel, var from, "program", "ADDRESSES") => (rel, from, Step.Program),
                        (var rel, var from, "event", "COVERED") => (rel, from, Step.Event),
                        (var rel, var from, "hazard", "CAUSES") when visit.Step == Step.Target && isDisease => (rel, from, Step.Hazard),
                        (var rel, _, _, _) => (rel, string.Empty, Step.Target),
                    }).Where(m => m.Item2.Length > 0),
                    _ => byNode[visit.Node].Where(r => r.Type == "PART_OF" && NodeId.PrefixOf(r.To) == "program").Select(r => (r, r.To, Step.Program)),
                };

                foreach (var (rel, node, step) in moves)
                {
                    if (parents[target].ContainsKey(node))
                    {
                        continue;
                    }

                    parents[target][node] = (visit.Node, rel);
                    next.Add((target, new Visit(node, step)));
                    if (step == Step.Program)
                    {
                        found.Add((target, node));
                    }
                }
            }

            frontier = next;
        }

        var programs = (await loadNodes(found.Select(f => f.Program).Distinct().ToList(), cancellationToken).ConfigureAwait(false))
            .ToDictionary(n => n.Id, StringComparer.Ordinal);

        var targetOrder = targets.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i, StringComparer.Ordinal);
        return found
            .Where(f => programs.ContainsKey(f.Program) && (programKind is null || programs[f.Program].Get("kind") == programKind))
            .Select(f => ToCoverage(f.Target, f.Program, parents[f.Target]) with { Program = programs[f.Program] })
            .OrderBy(c => targetOrder[c.TargetId])
            .ThenByDescending(c => c.Direct)
            .ThenBy(c => c.Path.Length)
            .ThenBy(c => programs[c.ProgramId].Name, StringComparer.Ordinal)
            .ThenBy(c => c.ProgramId, StringComparer.Ordinal)
            .ToList();
    }

    private static Coverage ToCoverage(string target, string program, Dictionary<string, (string Next, GraphRelationship Rel)?> parents)
    {
        var nodes = new List<string> { program };
        var rels = new List<GraphRelationship>();
        var at = program;
        while (parents[at] is { } link)
        {
            rels.Add(link.Rel);
            nodes.Add(link.Next);
            at = link.Next;
        }

        var direct = rels.Count == 1 && rels[0].Type == "ADDRESSES";
        return new Coverage(target, program, direct, new GraphPath(nodes, rels));
    }
}

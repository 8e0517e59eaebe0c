namespace KnowledgeGraph.Graph;

/// <summary>
/// The contract's coverage rules, as a breadth-first search backwards from each disease or hazard. A program
/// covers a target when it ADDRESSES it (direct), ADDRESSES a hazard that CAUSES it, has an event that COVERED
/// either, or has a subprogram that covers it. Each level costs at most two batched round trips for all
/// targets together, and breadth-first order gives each program its shortest explanation.
/// </summary>
/// <remarks>
/// The search itself only needs each relationship's id, type and ends (<see cref="CoverageEdge"/>); a store that
/// can read those cheaply passes its own <see cref="CoverageEdgeLoader"/> and reads whole relationships only for
/// the paths it returns. Either way the set, order and paths are those of this one search.
/// </remarks>
public static class CoverageFinder
{
    private enum Step
    {
        Target,
        Hazard,
        Event,
        Program,
    }

    /// <summary>
    /// The coverage of each target, direct first, then by path length, then by program name. Programs are
    /// filtered by kind at the end, so a dialogue still covers through a subprogram of another kind.
    /// </summary>
    public static Task<IReadOnlyList<Coverage>> FindAsync(
        IReadOnlyCollection<string> targetIds,
        string? programKind,
        RelationshipLoader load,
        Func<IReadOnlyCollection<string>, CancellationToken, Task<IReadOnlyList<GraphNode>>> loadNodes,
        CancellationToken cancellationToken)
    {
        // Whole relationships are read level by level anyway; keep them for the paths.
        var seen = new Dictionary<string, GraphRelationship>(StringComparer.Ordinal);
        async Task<IReadOnlyList<CoverageEdge>> LoadEdges(IReadOnlyCollection<string> inbound, IReadOnlyCollection<string> upward, CancellationToken ct)
        {
            var rels = new List<GraphRelationship>();
            if (inbound.Count > 0)
            {
                rels.AddRange(await load(inbound, null, Direction.In, null, ct).ConfigureAwait(false));
            }

            if (upward.Count > 0)
            {
                rels.AddRange(await load(upward, "PART_OF", Direction.Out, "Program", ct).ConfigureAwait(false));
            }

            var edges = new List<CoverageEdge>(rels.Count);
            foreach (var rel in rels)
            {
                var id = rel.Id;
                seen[id] = rel;
                edges.Add(new CoverageEdge(rel.Type, rel.From, rel.To));
            }

            return edges;
        }

        return FindAsync(
            targetIds,
            programKind,
            LoadEdges,
            loadNodes,
            (ids, _) => Task.FromResult<IReadOnlyList<GraphRelationship>>(ids.Select(id => seen[id]).ToList()),
            cancellationToken);
    }

    /// <summary>
    /// The same coverage, searched over light relationships (<paramref name="loadEdges"/>); the relationships on
    /// the returned paths are then read in one batch (<paramref name="loadRelationships"/>, by id), or not at all
    /// when it is null (the paths then omit their steps).
    /// </summary>
    public static async Task<IReadOnlyList<Coverage>> FindAsync(
        IReadOnlyCollection<string> targetIds,
        string? programKind,
        CoverageEdgeLoader loadEdges,
        Func<IReadOnlyCollection<string>, CancellationToken, Task<IReadOnlyList<GraphNode>>> loadNodes,
        Func<IReadOnlyCollection<string>, CancellationToken, Task<IReadOnlyList<GraphRelationship>>>? loadRelationships,
        CancellationToken cancellationToken)
    {
        var targets = targetIds.Distinct(StringComparer.Ordinal)
            .Where(id => NodeId.LabelOf(id)?.Name is "Disease" or "Hazard")
            .ToList();

        // Per target: how each visited node was reached (the relationship towards the target and the node it leads to).
        var parents = targets.ToDictionary(t => t, _ => new Dictionary<string, CoverageEdge?>(StringComparer.Ordinal), StringComparer.Ordinal);
        var found = new List<(string Target, string Program)>();

        // The programs found at one level are read while the next level is searched (another read of the store, on
        // the thread pool, as a store may read synchronously), so a hub's thousands of program rows overlap the search.
        var requested = new HashSet<string>(StringComparer.Ordinal);
        var programLoads = new List<Task<IReadOnlyList<GraphNode>>>();
        var frontier = new List<(string Target, string Node, Step Step)>();
        foreach (var t in targets)
        {
            parents[t][t] = null;
            frontier.Add((t, t, Step.Target));
        }

        var inbound = new HashSet<string>(StringComparer.Ordinal);
        var upward = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            while (frontier.Count > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                inbound.Clear();
                upward.Clear();
                foreach (var (_, node, step) in frontier)
                {
                    (step is Step.Target or Step.Hazard ? inbound : upward).Add(node);
                }

                var edges = await loadEdges(inbound.ToList(), upward.ToList(), cancellationToken).ConfigureAwait(false);
                var byEnd = new Dictionary<string, List<CoverageEdge>>(inbound.Count, StringComparer.Ordinal);
                var byStart = new Dictionary<string, List<CoverageEdge>>(upward.Count, StringComparer.Ordinal);
                foreach (var edge in edges)
                {
                    if (edge.Type == "PART_OF")
                    {
                        Add(byStart, edge.From, edge);
                    }
                    else
                    {
                        Add(byEnd, edge.To, edge);
                    }
                }

                // Each node's relationships in id order, so ties go to the same relationship whatever the store's order
                // (sorting each node's few apart costs less than sorting a hub's thousands together).
                SortById(byEnd);
                SortById(byStart);

                frontier.Sort(static (a, b) =>
                {
                    var byTarget = string.CompareOrdinal(a.Target, b.Target);
                    return byTarget != 0 ? byTarget : string.CompareOrdinal(a.Node, b.Node);
                });
                var next = new List<(string Target, string Node, Step Step)>();
                var foundBefore = found.Count;
                foreach (var (target, node, step) in frontier)
                {
                    var visited = parents[target];
                    var isDisease = NodeId.PrefixOf(target) == "disease";
                    var moves = (step is Step.Target or Step.Hazard ? byEnd : byStart).GetValueOrDefault(node);
                    if (moves is null)
                    {
                        continue;
                    }

                    foreach (var edge in moves)
                    {
                        var (to, toStep) = step switch
                        {
                            Step.Target or Step.Hazard => (edge.From, NodeId.PrefixOf(edge.From), edge.Type) switch
                            {
                                (var from, "program", "ADDRESSES") => (from, Step.Program),
                                (var from, "event", "COVERED") => (from, Step.Event),
                                (var from, "hazard", "CAUSES") when step == Step.Target && isDisease => (from, Step.Hazard),
                                _ => (string.Empty, Step.Target),
                            },
                            _ => NodeId.PrefixOf(edge.To) == "program" ? (edge.To, Step.Program) : (string.Empty, Step.Target),
                        };

                        if (to.Length == 0 || !visited.TryAdd(to, edge))
                        {
                            continue;
                        }

                        next.Add((target, to, toStep));
                        if (toStep == Step.Program)
                        {
                            found.Add((target, to));
                        }
                    }
                }

                frontier = next;
                var fresh = found.Skip(foundBefore).Select(f => f.Program).Where(requested.Add).ToList();
                if (fresh.Count > 0)
                {
                    programLoads.Add(Task.Run(() => loadNodes(fresh, cancellationToken), cancellationToken));
                }
            }
        }
        catch
        {
            // Observe the program reads still under way, so their failure is not left unobserved.
            await Task.WhenAll(programLoads).ContinueWith(static t => _ = t.Exception, TaskScheduler.Default).ConfigureAwait(false);
            throw;
        }

        var programs = (await Task.WhenAll(programLoads).ConfigureAwait(false))
            .SelectMany(nodes => nodes)
            .ToDictionary(n => n.Id, StringComparer.Ordinal);
        var kept = found
            .Where(f => programs.TryGetValue(f.Program, out var program) && (programKind is null || program.Get("kind") == programKind))
            .Select(f => (f.Target, f.Program, Chain: Chain(f.Target, f.Program, parents[f.Target])))
            .ToList();

        // Whole relationships only for the paths returned, and only when the caller wants them.
        var relationships = loadRelationships is null
            ? null
            : (await loadRelationships(kept.SelectMany(k => k.Chain).Select(e => e.Id).Distinct(StringComparer.Ordinal).ToList(), cancellationToken).ConfigureAwait(false))
                .ToDictionary(r => r.Id, StringComparer.Ordinal);

        var targetOrder = targets.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i, StringComparer.Ordinal);
        // A relationship deleted by a write between the statements drops its coverage, as a deleted program does.
        var result = kept
            .Where(k => relationships is null || k.Chain.TrueForAll(e => relationships.ContainsKey(e.Id)))
            .Select(k => (Order: targetOrder[k.Target], Coverage: ToCoverage(k.Target, k.Program, k.Chain, relationships) with { Program = programs[k.Program] }))
            .ToList();

        // One comparison instead of a chain of sort keys: a hub disease has thousands of entries. Each (target,
        // program) pair occurs once, so the order is total.
        result.Sort(static (a, b) =>
        {
            var order = a.Order.CompareTo(b.Order);
            if (order == 0)
            {
                order = b.Coverage.Direct.CompareTo(a.Coverage.Direct);
            }

            if (order == 0)
            {
                order = a.Coverage.Path.Length.CompareTo(b.Coverage.Path.Length);
            }

            if (order == 0)
            {
                order = string.CompareOrdinal(a.Coverage.Program!.Name, b.Coverage.Program!.Name);
            }

            return order != 0 ? order : string.CompareOrdinal(a.Coverage.ProgramId, b.Coverage.ProgramId);
        });
        return result.ConvertAll(x => x.Coverage);
    }

    private static void SortById(Dictionary<string, List<CoverageEdge>> index)
    {
        foreach (var list in index.Values)
        {
            if (list.Count > 1)
            {
                list.Sort(CoverageEdge.ById);
            }
        }
    }

    private static void Add(Dictionary<string, List<CoverageEdge>> index, string key, CoverageEdge edge)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        list.Add(edge);
    }

    // The relationships from the program back to the target, program end first.
    private static List<CoverageEdge> Chain(string target, string program, Dictionary<string, CoverageEdge?> parents)
    {
        var chain = new List<CoverageEdge>();
        var at = program;
        while (parents[at] is { } edge)
        {
            chain.Add(edge);
            at = edge.From == at ? edge.To : edge.From;
        }

        return at == target ? chain : throw new InvalidOperationException($"Broken coverage path from {program} to {target}.");
    }

    private static Coverage ToCoverage(string target, string program, List<CoverageEdge> chain, Dictionary<string, GraphRelationship>? relationships)
    {
        var nodes = new List<string>(chain.Count + 1) { program };
        var rels = new List<GraphRelationship>(relationships is null ? 0 : chain.Count);
        var at = program;
        foreach (var edge in chain)
        {
            if (relationships is not null)
            {
                rels.Add(relationships[edge.Id]);
            }

            at = edge.From == at ? edge.To : edge.From;
            nodes.Add(at);
        }

        var direct = chain.Count == 1 && chain[0].Type == "ADDRESSES";
        return new Coverage(target, program, direct, relationships is null ? GraphPath.WithoutSteps(nodes) : new GraphPath(nodes, rels));
    }
}

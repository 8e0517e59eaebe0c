using System.Collections.Concurrent;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Api;

/// <summary>
/// The loaders of one GraphQL request (a scoped service): nodes by id, neighbours by relationship type,
/// direction and label, and coverage by program kind. Each loader fetches a whole level in one batch.
/// </summary>
public sealed class GraphLoaders(IGraphStore store) : IDisposable
{
    private readonly ConcurrentDictionary<(string? Type, Direction Direction, string? OtherLabel), BatchLoader<string, IReadOnlyList<Related>>> _related = new();
    private readonly ConcurrentDictionary<(string Kind, bool WithSteps, bool Outlines), BatchLoader<string, IReadOnlyList<Coverage>>> _coverage = new();
    private BatchLoader<string, GraphNode?>? _nodes;

    /// <summary>
    /// Where a request's loaders sit in its user context: resolved once per request, because resolving a scoped
    /// service takes the scope's lock, which every resolver of a parallel level would otherwise queue on.
    /// </summary>
    public const string Key = "graphLoaders";

    /// <inheritdoc />
    public void Dispose()
    {
        _nodes?.Dispose();
        foreach (var loader in _related.Values)
        {
            loader.Dispose();
        }

        foreach (var loader in _coverage.Values)
        {
            loader.Dispose();
        }
    }

    /// <summary>The store behind the loaders.</summary>
    public IGraphStore Store => store;

    /// <summary>Nodes by id (null for an unknown id).</summary>
    public BatchLoader<string, GraphNode?> Nodes => _nodes ??= new BatchLoader<string, GraphNode?>(
        async (ids, ct) => (await store.GetNodesAsync(ids, ct).ConfigureAwait(false)).ToDictionary(n => n.Id, n => (GraphNode?)n, StringComparer.Ordinal),
        null);

    /// <summary>Neighbours (relationship and other node) of nodes, by type, direction and other label (null for any).</summary>
    public BatchLoader<string, IReadOnlyList<Related>> Related(string? type, Direction direction, string? otherLabel) =>
        _related.GetOrAdd((type, direction, otherLabel), key => new BatchLoader<string, IReadOnlyList<Related>>(
            async (ids, ct) =>
            {
                var rels = await store.GetRelationshipsAsync(ids, key.Type, key.Direction, key.OtherLabel, ct).ConfigureAwait(false);
                var wanted = ids.ToHashSet(StringComparer.Ordinal);
                var ends = new List<(string Node, GraphRelationship Rel, Direction Direction)>();
                foreach (var rel in rels)
                {
                    if (key.Direction != Direction.In && wanted.Contains(rel.From))
                    {
                        ends.Add((rel.From, rel, Direction.Out));
                    }

                    if (key.Direction != Direction.Out && wanted.Contains(rel.To) && rel.To != rel.From)
                    {
                        ends.Add((rel.To, rel, Direction.In));
                    }
                }

                var others = (await store.GetNodesAsync(ends.Select(e => e.Rel.Other(e.Node)).Distinct().ToList(), ct).ConfigureAwait(false))
                    .ToDictionary(n => n.Id, StringComparer.Ordinal);
                return ends
                    .Where(e => others.ContainsKey(e.Rel.Other(e.Node)))
                    .GroupBy(e => e.Node, StringComparer.Ordinal)
                    .ToDictionary(
                        g => g.Key,
                        g => (IReadOnlyList<Related>)g.Select(e => new Related(e.Rel, e.Direction, others[e.Rel.Other(e.Node)]))
                            .OrderBy(r => r.Other.Name, StringComparer.Ordinal)
                            .ThenBy(r => r.Relationship.Id, StringComparer.Ordinal)
                            .ToList(),
                        StringComparer.Ordinal);
            },
            []));

    /// <summary>
    /// Coverage of diseases and hazards by programs (optionally of one kind); without <paramref name="withSteps"/>
    /// the paths may omit their relationships, which the store then need not read; with <paramref name="outlines"/>
    /// (for a request that selects no description, aliases or evidence anywhere) the programs may be outlines.
    /// </summary>
    public BatchLoader<string, IReadOnlyList<Coverage>> Coverage(string? programKind, bool withSteps = true, bool outlines = false) =>
        _coverage.GetOrAdd((programKind ?? string.Empty, withSteps, outlines), key => new BatchLoader<string, IReadOnlyList<Coverage>>(
            async (ids, ct) =>
            {
                var coverage = await store.GetCoverageAsync(ids, key.Kind.Length == 0 ? null : key.Kind, key.WithSteps, key.Outlines, ct).ConfigureAwait(false);

                // The store read the programs to order them; thousands of them need not be read again for `program`.
                // Outlines too: they come only for a request that selects nothing an outline lacks, on any node.
                foreach (var program in coverage.Select(c => c.Program).OfType<GraphNode>())
                {
                    Nodes.Prime(program.Id, program);
                }

                return coverage
                    .GroupBy(c => c.TargetId, StringComparer.Ordinal)
                    .ToDictionary(g => g.Key, g => (IReadOnlyList<Coverage>)g.ToList(), StringComparer.Ordinal);
            },
            []));
}

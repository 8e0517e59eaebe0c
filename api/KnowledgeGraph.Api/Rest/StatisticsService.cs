using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Api;

/// <summary>
/// Computes <see cref="Statistics"/> from the store (its counts, one export and one batched coverage query) and
/// keeps them in memory for the content hash they were computed for: the data changes only on import, and an
/// import changes the hash.
/// </summary>
public sealed class StatisticsService(IGraphStore store) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private (string Version, Statistics Value)? _cached;

    /// <summary>The statistics of what the store holds now.</summary>
    public async Task<Statistics> GetAsync(CancellationToken cancellationToken)
    {
        var version = await store.GetDataVersionAsync(cancellationToken).ConfigureAwait(false);
        if (_cached is { } hit && hit.Version == version)
        {
            return hit.Value;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_cached is { } again && again.Version == version)
            {
                return again.Value;
            }

            var hash = await store.GetContentHashAsync(cancellationToken).ConfigureAwait(false);
            var value = await ComputeAsync(hash, cancellationToken).ConfigureAwait(false);
            _cached = (version, value);
            return value;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _gate.Dispose();

    private async Task<Statistics> ComputeAsync(string? hash, CancellationToken cancellationToken)
    {
        var counts = await store.GetStatisticsAsync(cancellationToken).ConfigureAwait(false);
        var dataset = await store.ExportAsync(cancellationToken).ConfigureAwait(false);
        var nodes = dataset.Nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        string NameOf(string id) => nodes.TryGetValue(id, out var n) ? n.Name : id;

        var targets = dataset.Nodes.Where(n => n.Label is "Disease" or "Hazard").Select(n => n.Id).ToList();
        var coverage = targets.Count == 0 ? [] : await store.GetCoverageAsync(targets, null, cancellationToken).ConfigureAwait(false);

        return new Statistics(
            hash,
            counts.NodeCount,
            counts.RelationshipCount,
            Sorted(counts.NodesByLabel),
            Sorted(counts.RelationshipsByType),
            PerYear(dataset, "Program"),
            PerYear(dataset, "Event"),
            dataset.Relationships.Where(r => r.Type == "HELD_IN")
                .GroupBy(r => r.To, StringComparer.Ordinal)
                .Select(g => new EntityCount(g.Key, NameOf(g.Key), g.Count()))
                .OrderByDescending(c => c.Count).ThenBy(c => c.Name, StringComparer.Ordinal).ToList(),
            Ranked(dataset, coverage, "Hazard"),
            Ranked(dataset, coverage, "Disease"),
            counts.EvidenceBySource
                .Select(p => new EntityCount(p.Key, NameOf(p.Key), p.Value))
                .OrderByDescending(c => c.Count).ThenBy(c => c.Id, StringComparer.Ordinal).ToList());
    }

    private static SortedDictionary<string, long> Sorted(IReadOnlyDictionary<string, long> counts) =>
        new(counts.ToDictionary(), StringComparer.Ordinal);

    private static List<YearCount> PerYear(GraphDataset dataset, string label) =>
        dataset.Nodes.Where(n => n.Label == label)
            .Select(n => n.Properties.GetValueOrDefault("startDate"))
            .Where(d => d is { Length: >= 4 })
            .GroupBy(d => d![..4], StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new YearCount(g.Key, g.Count()))
            .ToList();

    // Every disease or hazard is listed, uncovered ones with zero: a gap is what an analyst looks for.
    private static List<CoverageRank> Ranked(GraphDataset dataset, IReadOnlyList<Coverage> coverage, string label)
    {
        var byTarget = coverage.GroupBy(c => c.TargetId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        return dataset.Nodes.Where(n => n.Label == label)
            .Select(n =>
            {
                var items = byTarget.GetValueOrDefault(n.Id) ?? [];
                return new CoverageRank(
                    n.Id,
                    n.Name,
                    items.Select(c => c.ProgramId).Distinct(StringComparer.Ordinal).Count(),
                    items.Where(c => c.Direct).Select(c => c.ProgramId).Distinct(StringComparer.Ordinal).Count());
            })
            .OrderByDescending(r => r.Programs).ThenByDescending(r => r.DirectPrograms).ThenBy(r => r.Name, StringComparer.Ordinal)
            .ToList();
    }
}

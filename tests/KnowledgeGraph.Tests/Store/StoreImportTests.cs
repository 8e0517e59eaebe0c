using KnowledgeGraph.Graph;
using Xunit;

namespace KnowledgeGraph.Tests;

/// <summary>
/// Import is one transaction, idempotent, and leaves the store matching the dataset exactly. One suite for every
/// store: <see cref="SqliteImportTests"/> and <see cref="Neo4jImportTests"/> run it.
/// </summary>
public abstract class StoreImportTests(StoreKind kind)
{
    [SkippableFact]
    public async Task Import_then_export_gives_back_the_same_graph()
    {
        var dataset = SampleGraph.Build();
        await using var temp = await TestStore.CreateAsync(kind);
        var result = await temp.Store.ImportAsync(dataset, "h1", CancellationToken.None);

        Assert.Equal(dataset.Nodes.Count, result.NodesAdded);
        Assert.Equal(dataset.Relationships.Count, result.RelationshipsAdded);
        DatasetAssert.Equal(dataset, await temp.Store.ExportAsync(CancellationToken.None));
        Assert.Equal("h1", await temp.Store.GetContentHashAsync(CancellationToken.None));
    }

    [SkippableFact]
    public async Task Importing_twice_changes_nothing_the_second_time()
    {
        var dataset = SampleGraph.Build();
        await using var temp = await TestStore.CreateAsync(kind, dataset);
        var before = await temp.Store.GetStatisticsAsync(CancellationToken.None);

        var again = await temp.Store.ImportAsync(dataset, "test", CancellationToken.None);

        Assert.True(again.Unchanged, again.ToString());
        var after = await temp.Store.GetStatisticsAsync(CancellationToken.None);
        Assert.Equal(before.NodesByLabel, after.NodesByLabel);
        Assert.Equal(before.RelationshipsByType, after.RelationshipsByType);
        DatasetAssert.Equal(dataset, await temp.Store.ExportAsync(CancellationToken.None));
    }

    [SkippableFact]
    public async Task A_changed_dataset_is_reimported_exactly_with_removed_facts_removed()
    {
        var original = SampleGraph.Build();
        await using var temp = await TestStore.CreateAsync(kind, original);

        // Remove a node (and its relationships), rename another, change a role, add a relationship.
        var nodes = original.Nodes.Where(n => n.Id != "topic:mine-rescue")
            .Select(n => n.Id == "hazard:noise" ? n with { Name = "Occupational noise" } : n)
            .ToList();
        var rels = original.Relationships.Where(r => r.To != "topic:mine-rescue")
            .Select(r => r.Id == GraphRelationship.IdOf("agency:saws", "PARTICIPATES_IN", "program:dialogue")
                ? r with { Properties = new Dictionary<string, string> { ["role"] = "CO_CHAIR" } }
                : r)
            .Append(SampleGraph.Rel("program:labor-dialogue", "INVOLVES", "country:cn"))
            .ToList();
        var changed = new GraphDataset(nodes, rels);

        var result = await temp.Store.ImportAsync(changed, "h2", CancellationToken.None);

        Assert.Equal(new ImportResult(0, 1, 1, 1, 1, 1), result);
        DatasetAssert.Equal(changed, await temp.Store.ExportAsync(CancellationToken.None));
        Assert.Empty(await temp.Store.SearchAsync("rescue", null, 10, CancellationToken.None));
        Assert.Equal("hazard:noise", (await temp.Store.SearchAsync("occupational noise", null, 1, CancellationToken.None)).Single().NodeId);
    }

    [SkippableFact]
    public async Task A_failing_import_leaves_the_previous_graph_untouched()
    {
        var original = SampleGraph.Build();
        await using var temp = await TestStore.CreateAsync(kind, original);

        // A node without a name violates the table's NOT NULL constraint half-way through the import.
        var broken = new GraphDataset(
            [.. original.Nodes.Select(n => n with { Name = n.Name + " (new)" }), SampleGraph.Node("topic:broken", null!)],
            original.Relationships.Take(3).ToList());

        await Assert.ThrowsAnyAsync<Exception>(() => temp.Store.ImportAsync(broken, "h3", CancellationToken.None));

        DatasetAssert.Equal(original, await temp.Store.ExportAsync(CancellationToken.None));
        Assert.Equal("test", await temp.Store.GetContentHashAsync(CancellationToken.None));
    }

    [SkippableFact]
    public async Task A_cancelled_import_leaves_the_previous_graph_untouched()
    {
        var original = SampleGraph.Build();
        await using var temp = await TestStore.CreateAsync(kind, original);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            temp.Store.ImportAsync(new GraphDataset([], []), "empty", cancelled.Token));

        DatasetAssert.Equal(original, await temp.Store.ExportAsync(CancellationToken.None));
    }

    [SkippableFact]
    public async Task The_store_survives_reopening()
    {
        var dataset = SampleGraph.Build();
        await using var temp = await TestStore.CreateAsync(kind, dataset);

        var reopened = await temp.ReopenAsync();

        DatasetAssert.Equal(dataset, await reopened.ExportAsync(CancellationToken.None));
        Assert.Equal("test", await reopened.GetContentHashAsync(CancellationToken.None));
    }

    [SkippableFact]
    public async Task Statistics_count_labels_types_and_evidence_per_source()
    {
        var dataset = SampleGraph.Build();
        await using var temp = await TestStore.CreateAsync(kind, dataset);

        var stats = await temp.Store.GetStatisticsAsync(CancellationToken.None);

        Assert.Equal(dataset.Nodes.Count, stats.NodeCount);
        Assert.Equal(dataset.Relationships.Count, stats.RelationshipCount);
        Assert.Equal(5, stats.NodesByLabel["Program"]);
        Assert.Equal(3, stats.RelationshipsByType["PARTICIPATES_IN"]);
        Assert.Equal(dataset.Nodes.Count + dataset.Relationships.Count, stats.EvidenceBySource[SampleGraph.Source]);
    }
}

/// <summary>The import suite on the embedded SQLite store.</summary>
public sealed class SqliteImportTests() : StoreImportTests(StoreKind.Sqlite);

/// <summary>The import suite on a real Neo4j (skipped, with the reason, when there is none).</summary>
[Collection(Neo4jServer.Collection)]
public sealed class Neo4jImportTests() : StoreImportTests(StoreKind.Neo4j);

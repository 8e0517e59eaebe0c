using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Store.Neo4j;

/// <summary>Import: the store is made to match a dataset exactly, in one transaction on the transactional endpoint.</summary>
public sealed partial class Neo4jGraphStore
{
    // Statements per HTTP request of the import transaction.
    private const int StatementsPerRequest = 20;

    /// <inheritdoc />
    public async Task<ImportResult> ImportAsync(GraphDataset dataset, string contentHash, CancellationToken cancellationToken)
    {
        var labels = Validate(dataset);
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await ImportOnceAsync(dataset, labels, contentHash, cancellationToken).ConfigureAwait(false);
            }
            catch (Neo4jServerException e) when (e.IsTransient && attempt < 3)
            {
                // The server ended the transaction; the whole import is repeated from a fresh read.
                await Task.Delay(TimeSpan.FromMilliseconds(250 * (1 << attempt)), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    // Neo4j has no NOT NULL or shape constraints in Community Edition: the dataset is checked before anything is sent.
    private static Dictionary<string, string> Validate(GraphDataset dataset)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var node in dataset.Nodes)
        {
            if (string.IsNullOrEmpty(node.Id) || node.Name is null || Ontology.Label(node.Label) is null)
            {
                throw new ArgumentException($"Node '{node.Id}' has no id, no name or an unknown label '{node.Label}'; nothing was imported.", nameof(dataset));
            }

            foreach (var key in node.Properties.Keys)
            {
                CypherNames.StoredKey(key);
            }

            labels[node.Id] = node.Label;
        }

        foreach (var rel in dataset.Relationships)
        {
            CypherNames.RelationshipType(rel.Type);
            if (LabelOf(rel.From, labels) is null || LabelOf(rel.To, labels) is null)
            {
                throw new ArgumentException($"Relationship '{rel.Id}' joins a node of unknown label; nothing was imported.", nameof(dataset));
            }
        }

        return labels;
    }

    private static string? LabelOf(string id, Dictionary<string, string> labels) => labels.GetValueOrDefault(id) ?? NodeId.LabelOf(id)?.Name;

    private async Task<ImportResult> ImportOnceAsync(GraphDataset dataset, Dictionary<string, string> labels, string contentHash, CancellationToken cancellationToken)
    {
        await using var transaction = await _http.BeginAsync(cancellationToken).ConfigureAwait(false);

        // What the store holds now, read inside the transaction.
        var current = await transaction.RunAsync(
            [new CypherStatement(CypherStatements.AllNodes), new CypherStatement(CypherStatements.AllRelationships)], cancellationToken).ConfigureAwait(false);
        var existingNodes = current[0].Column("node").Select(Neo4jRows.ReadNode).ToDictionary(n => n.Id, Neo4jRows.Canonical, StringComparer.Ordinal);
        var existingRels = current[1].Column("rel").Select(Neo4jRows.ReadRelationship).ToDictionary(r => r.Id, r => (Rel: r, Text: Neo4jRows.Canonical(r)), StringComparer.Ordinal);

        var changedNodes = new List<GraphNode>();
        int nodesAdded = 0, nodesUpdated = 0, relsAdded = 0, relsUpdated = 0;
        foreach (var node in dataset.Nodes)
        {
            if (existingNodes.Remove(node.Id, out var before))
            {
                if (before == Neo4jRows.Canonical(node))
                {
                    continue;
                }

                nodesUpdated++;
            }
            else
            {
                nodesAdded++;
            }

            changedNodes.Add(node);
        }

        var changedRels = new List<GraphRelationship>();
        foreach (var rel in dataset.Relationships)
        {
            if (existingRels.Remove(rel.Id, out var before))
            {
                if (before.Text == Neo4jRows.Canonical(rel))
                {
                    continue;
                }

                relsUpdated++;
            }
            else
            {
                relsAdded++;
            }

            changedRels.Add(rel);
        }

        // What is left in the maps is no longer in the dataset: relationships first, then nodes (with any left over).
        var statements = new List<(CypherStatement Statement, int ExpectedCount)>();
        foreach (var batch in existingRels.Values.Select(e => e.Rel).Chunk(CypherStatements.BatchSize))
        {
            var rows = batch.Select(r => new Dictionary<string, object?> { ["from"] = r.From, ["type"] = r.Type, ["to"] = r.To }).ToList();
            statements.Add((new CypherStatement(CypherStatements.DeleteRelationships, new Dictionary<string, object?> { ["rows"] = rows }), -1));
        }

        foreach (var batch in existingNodes.Keys.Chunk(CypherStatements.BatchSize))
        {
            statements.Add((new CypherStatement(CypherStatements.DeleteNodes, new Dictionary<string, object?> { ["ids"] = batch.ToList() }), -1));
        }

        foreach (var group in changedNodes.GroupBy(n => n.Label).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            foreach (var batch in group.Chunk(CypherStatements.BatchSize))
            {
                statements.Add((CypherStatements.UpsertNodes(group.Key, batch.Select(Neo4jRows.NodeRow).ToList()), batch.Length));
            }
        }

        foreach (var group in changedRels.GroupBy(r => (r.Type, From: LabelOf(r.From, labels)!, To: LabelOf(r.To, labels)!)))
        {
            foreach (var batch in group.Chunk(CypherStatements.BatchSize))
            {
                statements.Add((CypherStatements.UpsertRelationships(group.Key.Type, group.Key.From, group.Key.To, batch.Select(Neo4jRows.RelationshipRow).ToList()), batch.Length));
            }
        }

        var result = new ImportResult(nodesAdded, nodesUpdated, existingNodes.Count, relsAdded, relsUpdated, existingRels.Count);
        if (!result.Unchanged)
        {
            statements.Add((new CypherStatement(CypherWriteStatements.Audit, new Dictionary<string, object?>
            {
                ["at"] = DateTimeOffset.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
                ["actor"] = "import",
                ["operation"] = AuditEntry.ImportOperation,
                ["targetId"] = contentHash,
                ["before"] = null,
                ["after"] = AuditJson.Of(result),
            }), -1));
        }

        statements.Add((new CypherStatement(CypherStatements.SetContentHash, new Dictionary<string, object?> { ["hash"] = contentHash }), 1));

        foreach (var chunk in statements.Chunk(StatementsPerRequest))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var results = await transaction.RunAsync(chunk.Select(s => s.Statement).ToList(), cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < chunk.Length; i++)
            {
                // A relationship whose end is missing would be skipped silently by MATCH: refuse, and the transaction rolls back.
                if (chunk[i].ExpectedCount >= 0 && results[i].Rows.Count == 1 && results[i].Fields.Contains("count")
                    && results[i].Rows[0][0].GetInt64() != chunk[i].ExpectedCount)
                {
                    throw new InvalidOperationException($"An import statement wrote {results[i].Rows[0][0].GetInt64()} of {chunk[i].ExpectedCount} rows (a relationship names a node the dataset lacks); nothing was imported.");
                }
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return result;
    }
}

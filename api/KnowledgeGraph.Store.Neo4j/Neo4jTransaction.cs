namespace KnowledgeGraph.Store.Neo4j;

/// <summary>
/// An open transaction on the transactional endpoint. Statements run in it; <see cref="CommitAsync"/> makes them
/// durable; disposing an uncommitted transaction rolls it back, so a failure leaves the graph as it was.
/// </summary>
internal sealed class Neo4jTransaction(Neo4jHttp http, string path) : IAsyncDisposable
{
    private bool _finished;

    /// <summary>Runs statements (one request) and returns their answers.</summary>
    public Task<IReadOnlyList<Neo4jResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken) =>
        http.RunInTransactionAsync(path, statements, cancellationToken);

    /// <summary>Commits.</summary>
    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        await http.RunInTransactionAsync(path + "/commit", [], cancellationToken).ConfigureAwait(false);
        _finished = true;
    }

    /// <summary>Rolls back unless committed (best effort: the server also expires idle transactions).</summary>
    public async ValueTask DisposeAsync()
    {
        if (_finished)
        {
            return;
        }

        _finished = true;
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await http.DeleteAsync(path, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is Neo4jServerException or KnowledgeGraph.Graph.StoreUnavailableException or OperationCanceledException)
        {
            // Already rolled back by the server (an error ends the transaction) or unreachable: it expires there.
        }
    }
}

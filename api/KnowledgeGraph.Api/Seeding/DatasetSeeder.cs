using KnowledgeGraph.Dataset;
using KnowledgeGraph.Graph;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api;

/// <summary>
/// Creates the store's schema and, when the dataset's content hash differs from the one the store holds,
/// validates and imports it before the host starts answering. An invalid dataset stops the start-up with every
/// error listed, and the store keeps what it had.
/// </summary>
public sealed partial class DatasetSeeder(IGraphStore store, IOptions<SeedOptions> options, ILogger<DatasetSeeder> logger) : IHostedService
{
    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await store.InitializeAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (StoreUnavailableException e)
        {
            // A store that cannot be reached is reported by /health/ready and STORE_UNAVAILABLE, not by a host that will not start.
            LogStoreUnavailable(e.Message);
            return;
        }

        if (!options.Value.Enabled)
        {
            return;
        }

        // A directory's files are read one at a time, for the hash and again for the load, never all at once.
        var files = options.Value.DataDirectory is { Length: > 0 } dir ? DatasetFiles.EnumerateDirectory(dir) : DatasetFiles.Embedded();
        var hash = DatasetFiles.ContentHash(files);
        if (await store.GetContentHashAsync(cancellationToken).ConfigureAwait(false) == hash)
        {
            LogUpToDate(hash[..12]);
            return;
        }

        // An import makes the store equal the dataset; curator writes since the last import would be lost.
        var latest = (await store.GetAuditAsync(null, 1, cancellationToken).ConfigureAwait(false)).FirstOrDefault();
        if (latest is not null && latest.Operation != AuditEntry.ImportOperation && !options.Value.ReplaceCuratorChanges)
        {
            LogKeptCuratorChanges(hash[..12], latest.Sequence);
            return;
        }

        // Quotes were checked against the corpus by the tests and the seed tool; start-up checks everything else.
        var result = DatasetLoader.Load(files, corpusDirectory: null);
        if (!result.IsValid)
        {
            foreach (var error in result.Errors)
            {
                LogDatasetError(error.ToString());
            }

            throw new InvalidOperationException($"The dataset has {result.Errors.Count} error(s); nothing was imported. See the log.");
        }

        var import = await store.ImportAsync(result.Dataset!, hash, cancellationToken).ConfigureAwait(false);
        LogSeeded(result.Dataset!.Nodes.Count, result.Dataset.Relationships.Count, import.NodesAdded, import.NodesUpdated, import.NodesRemoved, hash[..12]);
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Error, Message = "The store is unavailable at start-up; nothing was seeded: {Reason}")]
    private partial void LogStoreUnavailable(string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Store is up to date with dataset {Hash}.")]
    private partial void LogUpToDate(string hash);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dataset {Hash} differs from the store, but curators have written since the last import (change {Sequence}); the store is kept. Export their changes into the dataset, or set Seed:ReplaceCuratorChanges=true to replace them.")]
    private partial void LogKeptCuratorChanges(string hash, long sequence);

    [LoggerMessage(Level = LogLevel.Error, Message = "Dataset error: {Error}")]
    private partial void LogDatasetError(string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded {Nodes} nodes and {Relationships} relationships (nodes added {Added}, updated {Updated}, removed {Removed}) from dataset {Hash}.")]
    private partial void LogSeeded(int nodes, int relationships, int added, int updated, int removed, string hash);
}

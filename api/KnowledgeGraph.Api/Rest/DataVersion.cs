using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Api;

/// <summary>
/// What the store's data is at now: the imported dataset's content hash and the audit's revision, which grows with
/// every curator write too. ETags and cached statistics key on it, so a write invalidates them at once.
/// </summary>
public static class DataVersion
{
    /// <summary>The current data version, e.g. <c>1a2b…@42</c>.</summary>
    public static async Task<string> GetAsync(IGraphStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var hash = await store.GetContentHashAsync(cancellationToken).ConfigureAwait(false) ?? "empty";
        var revision = await store.GetRevisionAsync(cancellationToken).ConfigureAwait(false);
        return $"{hash}@{revision}";
    }
}

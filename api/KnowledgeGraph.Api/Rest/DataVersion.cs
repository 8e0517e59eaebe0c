using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Api;

/// <summary>
/// What the store's data is at now: the imported dataset's content hash and the audit's revision, which grows with
/// every curator write too. ETags and cached statistics key on it, so a write invalidates them at once.
/// </summary>
public static class DataVersion
{
    /// <summary>The current data version, e.g. <c>1a2b…@42</c>.</summary>
    public static Task<string> GetAsync(IGraphStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.GetDataVersionAsync(cancellationToken);
    }
}

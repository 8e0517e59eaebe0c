using GraphQL.DataLoader;

namespace KnowledgeGraph.Api;

/// <summary>A value GraphQL.NET completes after the current level's resolvers have queued their keys.</summary>
public sealed class DeferredResult<T>(Func<CancellationToken, Task<T>> get) : IDataLoaderResult<T>
{
    /// <inheritdoc />
    public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => get(cancellationToken);

    async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
        await get(cancellationToken).ConfigureAwait(false);
}

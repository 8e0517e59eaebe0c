using GraphQL.DataLoader;

namespace KnowledgeGraph.Api;

/// <summary>
/// A per-request batch loader. Resolvers queue keys and return a pending result; GraphQL.NET completes pending
/// results only after every resolver of the current level has run, so the first completion fetches all queued
/// keys in one store call. That bounds store round trips by the query's depth, not by its result count.
/// </summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">What one key loads.</typeparam>
public sealed class BatchLoader<TKey, TValue>(
    Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch,
    TValue missing) : IDisposable
    where TKey : notnull
{
    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _dispatch = new(1, 1);
    private readonly HashSet<TKey> _pending = [];
    private readonly Dictionary<TKey, TValue> _loaded = [];

    /// <summary>Queues a key; its value is fetched with every other key queued before the batch runs.</summary>
    public IDataLoaderResult<TValue> Load(TKey key)
    {
        lock (_gate)
        {
            if (!_loaded.ContainsKey(key))
            {
                _pending.Add(key);
            }
        }

        return new DeferredResult<TValue>(ct => GetAsync(key, ct));
    }

    /// <summary>Records a value read by another query of the same request, so loading its key costs no round trip.</summary>
    public void Prime(TKey key, TValue value)
    {
        lock (_gate)
        {
            _loaded.TryAdd(key, value);
        }
    }

    /// <summary>Queues many keys at once.</summary>
    public IDataLoaderResult<IReadOnlyList<TValue>> LoadMany(IReadOnlyList<TKey> keys)
    {
        lock (_gate)
        {
            foreach (var key in keys)
            {
                if (!_loaded.ContainsKey(key))
                {
                    _pending.Add(key);
                }
            }
        }

        return new DeferredResult<IReadOnlyList<TValue>>(async ct =>
        {
            var values = new List<TValue>(keys.Count);
            foreach (var key in keys)
            {
                values.Add(await GetAsync(key, ct).ConfigureAwait(false));
            }

            return values;
        });
    }

    private async Task<TValue> GetAsync(TKey key, CancellationToken cancellationToken)
    {
        if (TryGet(key, out var value))
        {
            return value;
        }

        await _dispatch.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (TryGet(key, out value))
            {
                return value;
            }

            TKey[] batch;
            lock (_gate)
            {
                _pending.Add(key);
                batch = [.. _pending];
                _pending.Clear();
            }

            var fetched = await fetch(batch, cancellationToken).ConfigureAwait(false);
            lock (_gate)
            {
                foreach (var k in batch)
                {
                    _loaded[k] = fetched.TryGetValue(k, out var v) ? v : missing;
                }
            }

            return _loaded[key];
        }
        finally
        {
            _dispatch.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _dispatch.Dispose();

    private bool TryGet(TKey key, out TValue value)
    {
        lock (_gate)
        {
            return _loaded.TryGetValue(key, out value!);
        }
    }
}

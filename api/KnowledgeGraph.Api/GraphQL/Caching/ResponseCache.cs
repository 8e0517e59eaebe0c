using System.Diagnostics.CodeAnalysis;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using GraphQL;
using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api;

/// <summary>
/// Answers to queries, kept until the data changes: a dashboard polling the same query, or analysts opening the
/// same saved query, get the stored bytes without execution. The key holds everything an answer depends on: the
/// store's data version (an import or a write, here or in another process, retires every entry at once), the
/// caller, the operation name, the variables, the extensions and the document. Only queries that ran without an
/// error are kept; mutations never are.
/// </summary>
public sealed class ResponseCache : IDisposable
{
    // A new build may shape answers differently for the same request and data: its entity tags must differ.
    private static readonly string Build = typeof(ResponseCache).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    private readonly MemoryCache? _entries;
    private readonly int _maxEntryBytes;
    private readonly TimeSpan? _maxAge;

    /// <summary>Creates the cache with the configured sizes.</summary>
    public ResponseCache(IOptions<ResponseCacheOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _maxEntryBytes = options.Value.MaxEntryBytes;
        _maxAge = options.Value.MaxAgeSeconds > 0 ? TimeSpan.FromSeconds(options.Value.MaxAgeSeconds) : null;
        if (options.Value.Enabled)
        {
            _entries = new MemoryCache(new MemoryCacheOptions { SizeLimit = Math.Max(1, options.Value.SizeLimitBytes) });
        }
    }

    /// <summary>Whether answers are kept at all.</summary>
    public bool Enabled => _entries is not null;

    /// <summary>The key of a request at a data version, for one caller.</summary>
    public static string KeyOf(string dataVersion, ClaimsPrincipal user, GraphQLHttpRequest request, IGraphQLTextSerializer serializer)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(serializer);

        // Answers do not depend on the caller today; keying on it keeps that true if a field ever does.
        var caller = user.Identity is { IsAuthenticated: true } identity ? identity.Name ?? "?" : "";
        var variables = request.Variables is { Count: > 0 } v ? serializer.Serialize(v) : "";
        var extensions = request.Extensions is { Count: > 0 } e ? serializer.Serialize(e) : "";
        // Serialized JSON has no raw line breaks and names have none; the caller is length-prefixed and the document,
        // the one part that may hold anything, comes last: two different requests cannot make the same key.
        return $"{dataVersion}\n{caller.Length}:{caller}\n{request.OperationName}\n{variables}\n{extensions}\n{request.Query}";
    }

    /// <summary>Whether an execution result may be kept: a query that ran and reported no error.</summary>
    public static bool IsCacheable(ExecutionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Executed && result.Errors is not { Count: > 0 } && result.Operation?.Operation == OperationType.Query && result.Streams is null;
    }

    /// <summary>The kept answer for a key, if any.</summary>
    public bool TryGet(string key, [NotNullWhen(true)] out CachedResponse? response)
    {
        response = null;
        return _entries is not null && _entries.TryGetValue(key, out response) && response is not null;
    }

    /// <summary>Names a serialized answer and keeps it, unless it is larger than the configured limit.</summary>
    public CachedResponse Keep(string key, ReadOnlyMemory<byte> body)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (_entries is null || body.Length > _maxEntryBytes)
        {
            return new CachedResponse(body, TagOf(key));
        }

        // A copy of exactly the body: the caller's buffer may be larger, and is not ours to keep.
        var response = new CachedResponse(body.ToArray(), TagOf(key));
        // The key is UTF-16 in memory; entries of older data versions age out as newer ones are used.
        _entries.Set(key, response, new MemoryCacheEntryOptions { Size = body.Length + (2L * key.Length), AbsoluteExpirationRelativeToNow = _maxAge });
        return response;
    }

    /// <inheritdoc />
    public void Dispose() => _entries?.Dispose();

    private static string TagOf(string key) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Build + "\n" + key)).AsSpan(0, 16));
}

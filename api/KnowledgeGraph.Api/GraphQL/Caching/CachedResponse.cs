namespace KnowledgeGraph.Api;

/// <summary>A serialized answer to a query, with the hash that names it for HTTP caches.</summary>
/// <param name="Body">The response body, UTF-8 JSON.</param>
/// <param name="Tag">A hash of the request, the data version and the build; entity tags add the media type to it.</param>
public sealed record CachedResponse(ReadOnlyMemory<byte> Body, string Tag);

namespace KnowledgeGraph.Api;

/// <summary>The GraphQL response cache, bound from the <c>ResponseCache</c> configuration section.</summary>
public sealed class ResponseCacheOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "ResponseCache";

    /// <summary>Whether answers to queries are kept and reused until the data changes.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The total size, in bytes, of the answers kept; the least recently used go first (default 64 MB).</summary>
    public long SizeLimitBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>
    /// How long an answer is kept at most, in seconds; 0 (the default) keeps it until the data version changes. Set it
    /// when the graph is also changed outside the API (a Neo4j edited in Neo4j Browser), which no data version sees.
    /// </summary>
    public int MaxAgeSeconds { get; set; }

    /// <summary>Answers larger than this many bytes are not kept (default 1 MB): they are rare and would crowd out the rest.</summary>
    public int MaxEntryBytes { get; set; } = 1024 * 1024;
}

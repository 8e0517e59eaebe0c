namespace KnowledgeGraph.Api;

/// <summary>The parsed-document cache, bound from the <c>DocumentCache</c> configuration section.</summary>
public sealed class DocumentCacheOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "DocumentCache";

    /// <summary>Whether validated documents are kept for reuse.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// The total length, in characters, of the query texts kept; the least recently used go first. A parsed document
    /// takes roughly ten times its text, so the default of one million characters is about 10 MB.
    /// </summary>
    public long SizeLimit { get; set; } = 1_000_000;
}

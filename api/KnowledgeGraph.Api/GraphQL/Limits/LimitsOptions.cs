namespace KnowledgeGraph.Api;

/// <summary>
/// What one request may ask for (configuration section <c>Limits</c>; environment <c>Limits__MaxCost</c> …).
/// The defaults and how they compare with GitHub's, Shopify's and GitLab's are in docs/security.md.
/// </summary>
public sealed class LimitsOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Limits";

    /// <summary>The deepest selection a query may have.</summary>
    public int MaxDepth { get; set; } = 15;

    /// <summary>
    /// The most nodes a query may request: every object counts once, multiplied by the page sizes
    /// (<c>first</c>/<c>last</c>, else <see cref="DefaultPageSize"/>) of the lists above it, like GitHub's node limit.
    /// </summary>
    public int MaxCost { get; set; } = 50_000;

    /// <summary>The most aliased or repeated fields in one operation.</summary>
    public int MaxAliases { get; set; } = 50;

    /// <summary>The page size when a connection gets neither first nor last.</summary>
    public int DefaultPageSize { get; set; } = 20;

    /// <summary>
    /// The size the cost analysis assumes for a relationship list (<c>agencies</c>, <c>facts</c>, <c>coveredBy</c> ...),
    /// which has no paging: about twice the curated graph's mean degree.
    /// </summary>
    public int ListEstimate { get; set; } = 10;

    /// <summary>The largest first/last.</summary>
    public int MaxPageSize { get; set; } = 100;

    /// <summary>The longest path <c>paths</c> searches for.</summary>
    public int MaxPathLength { get; set; } = 6;

    /// <summary>The most paths <c>paths</c> returns.</summary>
    public int MaxPaths { get; set; } = 20;

    /// <summary>The longest query text, in bytes (UTF-8).</summary>
    public int MaxQueryBytes { get; set; } = 16 * 1024;

    /// <summary>The largest request body, in bytes (413 beyond).</summary>
    public long MaxBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// Requests per minute per client (its API key when it sends one, else its IP address); 429 with
    /// <c>Retry-After</c> beyond. Environment: <c>Limits__RequestsPerMinute</c>.
    /// </summary>
    public int RequestsPerMinute { get; set; } = 600;

    /// <summary>How long a request may execute before it is cancelled with code TIMEOUT.</summary>
    public double ExecutionTimeoutSeconds { get; set; } = 10;
}

namespace KnowledgeGraph.Graph;

/// <summary>The error codes clients see in <c>extensions.code</c> (GraphQL) and problem details (REST).</summary>
public static class ErrorCodes
{
    /// <summary>The request is malformed or asks for something that does not exist in the schema.</summary>
    public const string Validation = "VALIDATION";

    /// <summary>An id names no node.</summary>
    public const string NotFound = "NOT_FOUND";

    /// <summary>The query is too deep, too wide or too costly.</summary>
    public const string QueryTooComplex = "QUERY_TOO_COMPLEX";

    /// <summary>Authentication is required.</summary>
    public const string Unauthorized = "UNAUTHORIZED";

    /// <summary>The store cannot be reached.</summary>
    public const string StoreUnavailable = "STORE_UNAVAILABLE";

    /// <summary>The request took too long.</summary>
    public const string Timeout = "TIMEOUT";

    /// <summary>Too many requests from this client.</summary>
    public const string RateLimited = "RATE_LIMITED";

    /// <summary>Something unexpected failed; the log has the details under the trace id.</summary>
    public const string Internal = "INTERNAL";

    /// <summary>The caller is authenticated but lacks the <c>curator</c> role a write needs.</summary>
    public const string Forbidden = "FORBIDDEN";

    /// <summary>A write met a state other than the one it expected: the id exists already, or the version moved on.</summary>
    public const string Conflict = "CONFLICT";
}

namespace KnowledgeGraph.Api;

/// <summary>
/// The <c>extensions.code</c> values the HTTP layer writes itself, for requests that never reach the executer.
/// Errors from the executer get theirs from the registered error info provider.
/// </summary>
public static class GraphQLErrorCodes
{
    /// <summary>The HTTP request is not a well-formed GraphQL request (bad JSON, missing query, wrong media type ...).</summary>
    public const string BadRequest = "BAD_REQUEST";

    /// <summary>Something unexpected failed; the log has the details under the trace id.</summary>
    public const string Internal = "INTERNAL";
}

namespace KnowledgeGraph.Api;

/// <summary>
/// A request the endpoint refuses before execution (malformed JSON, missing query, wrong Content-Type ...).
/// It becomes a GraphQL-shaped error body with <c>extensions.code</c> BAD_REQUEST and <see cref="StatusCode"/>.
/// </summary>
public sealed class GraphQLHttpException : Exception
{
    /// <summary>Creates a 400 Bad Request.</summary>
    public GraphQLHttpException(string message)
        : this(StatusCodes.Status400BadRequest, message)
    {
    }

    /// <summary>Creates a 400 Bad Request caused by <paramref name="innerException"/>.</summary>
    public GraphQLHttpException(string message, Exception innerException)
        : base(message, innerException)
    {
        StatusCode = StatusCodes.Status400BadRequest;
    }

    /// <summary>Creates a refusal with another 4xx status code.</summary>
    public GraphQLHttpException(int statusCode, string message)
        : base(message)
    {
        StatusCode = statusCode;
    }

    /// <summary>The HTTP status code to answer with.</summary>
    public int StatusCode { get; }
}

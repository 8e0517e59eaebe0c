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

    /// <summary>Creates a refusal with another 4xx status code and error code (e.g. 413 QUERY_TOO_COMPLEX).</summary>
    public GraphQLHttpException(int statusCode, string code, string message)
        : base(message)
    {
        StatusCode = statusCode;
        Code = code;
    }

    /// <summary>The HTTP status code to answer with.</summary>
    public int StatusCode { get; }

    /// <summary>The <c>extensions.code</c> of the error.</summary>
    public string Code { get; } = GraphQLErrorCodes.BadRequest;
}

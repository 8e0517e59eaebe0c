namespace KnowledgeGraph.Graph;

/// <summary>
/// A request the store cannot answer because of the request itself (an unknown property, a cursor from another
/// ordering ...). The API reports it with its <see cref="Code"/>, never as a server error.
/// </summary>
public sealed class GraphQueryException : Exception
{
    /// <summary>Creates the exception.</summary>
    public GraphQueryException(string code, string message)
        : base(message) => Code = code;

    /// <summary>Creates the exception with the default code VALIDATION.</summary>
    public GraphQueryException(string message)
        : this(ErrorCodes.Validation, message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public GraphQueryException()
        : this(ErrorCodes.Validation, "Invalid query.")
    {
    }

    /// <summary>Creates the exception.</summary>
    public GraphQueryException(string message, Exception innerException)
        : base(message, innerException) => Code = ErrorCodes.Validation;

    /// <summary>The machine-readable error code (see <see cref="ErrorCodes"/>).</summary>
    public string Code { get; }
}

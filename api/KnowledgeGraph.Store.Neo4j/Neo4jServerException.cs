namespace KnowledgeGraph.Store.Neo4j;

/// <summary>Neo4j refused a statement (the <c>errors</c> of a response). Transient ones are retried before this surfaces.</summary>
public sealed class Neo4jServerException : Exception
{
    /// <summary>Creates the exception.</summary>
    public Neo4jServerException()
        : this("Neo.DatabaseError.General.UnknownError", "Neo4j reported an error.")
    {
    }

    /// <summary>Creates the exception.</summary>
    public Neo4jServerException(string message)
        : this("Neo.DatabaseError.General.UnknownError", message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public Neo4jServerException(string message, Exception innerException)
        : base(message, innerException) => Code = "Neo.DatabaseError.General.UnknownError";

    /// <summary>Creates the exception with Neo4j's status code.</summary>
    public Neo4jServerException(string code, string message)
        : base($"{code}: {message}") => Code = code;

    /// <summary>Neo4j's status code, e.g. <c>Neo.ClientError.Statement.SyntaxError</c>.</summary>
    public string Code { get; }

    /// <summary>True for <c>Neo.TransientError.*</c>: the same request may succeed when retried.</summary>
    public bool IsTransient => Code.StartsWith("Neo.TransientError.", StringComparison.Ordinal);
}

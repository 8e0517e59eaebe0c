namespace KnowledgeGraph.Graph;

/// <summary>
/// The store cannot be reached or refused the connection (server down, wrong address or credentials). The API
/// reports it with the code STORE_UNAVAILABLE (HTTP 503 outside GraphQL), never as a server error with a trace.
/// </summary>
public sealed class StoreUnavailableException : Exception
{
    /// <summary>Creates the exception.</summary>
    public StoreUnavailableException()
        : this("The graph store is unavailable.")
    {
    }

    /// <summary>Creates the exception.</summary>
    public StoreUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with the failure that caused it (kept for the log, not shown to clients).</summary>
    public StoreUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The machine-readable error code, always <see cref="ErrorCodes.StoreUnavailable"/>.</summary>
    public string Code => ErrorCodes.StoreUnavailable;
}

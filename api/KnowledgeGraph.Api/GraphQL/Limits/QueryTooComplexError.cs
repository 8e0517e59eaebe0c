using GraphQL.Validation;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Api;

/// <summary>A query refused before execution because it is too deep, too costly or too wide.</summary>
public sealed class QueryTooComplexError : ValidationError
{
    /// <summary>Creates the error.</summary>
    public QueryTooComplexError(string message)
        : base(message) => Code = ErrorCodes.QueryTooComplex;
}

using GraphQL.Validation;
using GraphQLParser.AST;

namespace KnowledgeGraph.Api;

/// <summary>A mutation or subscription sent with GET; the endpoint answers 405 with <c>Allow: POST</c>.</summary>
public sealed class GetNotAllowedError : ValidationError
{
    /// <summary>Creates the error for <paramref name="operation"/>.</summary>
    public GetNotAllowedError(GraphQLParser.ROM source, GraphQLOperationDefinition operation)
        : base(source, null, $"Only queries can be sent with GET; send this {operation.Operation.ToString().ToLowerInvariant()} with POST.", operation)
    {
    }
}

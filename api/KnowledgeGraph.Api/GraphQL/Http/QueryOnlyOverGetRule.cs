using GraphQL.Validation;
using GraphQLParser.AST;

namespace KnowledgeGraph.Api;

/// <summary>
/// Refuses mutations and subscriptions in GET requests, which must be safe to repeat and cache. It runs as a
/// validation rule so that the operation is picked exactly as the executer picks it (by <c>operationName</c>).
/// </summary>
public sealed class QueryOnlyOverGetRule : ValidationRuleBase
{
    /// <summary>The one instance; the rule holds no state.</summary>
    public static QueryOnlyOverGetRule Instance { get; } = new();

    /// <inheritdoc />
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation.Operation != OperationType.Query)
        {
            context.ReportError(new GetNotAllowedError(context.Document.Source, context.Operation));
        }

        return default;
    }
}

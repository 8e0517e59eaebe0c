using System.Diagnostics;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Api;

/// <summary>
/// Gives every error one <c>extensions.code</c> from the contract's list: request and document problems are
/// VALIDATION, store refusals keep their own code, anything unexpected is INTERNAL with a trace id and no
/// details (those go to the log).
/// </summary>
public sealed class GraphErrorInfoProvider : IErrorInfoProvider
{
    /// <inheritdoc />
    public ErrorInfo GetInfo(ExecutionError executionError)
    {
        var (code, message) = Classify(executionError);
        var extensions = new Dictionary<string, object?> { ["code"] = code };
        if (code == ErrorCodes.Internal)
        {
            extensions["traceId"] = Activity.Current?.TraceId.ToString() ?? executionError.Data["traceId"] as string;
        }

        return new ErrorInfo { Message = message, Extensions = extensions };
    }

    private static (string Code, string Message) Classify(ExecutionError error)
    {
        var inner = error.InnerException;
        return error switch
        {
            _ when inner is GraphQueryException q => (q.Code, q.Message),
            _ when inner is StoreUnavailableException u => (u.Code, "The graph store is unavailable; try again later."),
            _ when inner is OperationCanceledException => (ErrorCodes.Timeout, "The request was cancelled or took too long."),
            _ when !string.IsNullOrEmpty(error.Code) && IsContractCode(error.Code) && error is not UnhandledError => (error.Code, error.Message),
            ValidationError or DocumentError or InvalidOperationError => (ErrorCodes.Validation, error.Message),
            UnhandledError => (ErrorCodes.Internal, "An unexpected error occurred; the server log has the details under this trace id."),
            _ => (ErrorCodes.Validation, error.Message),
        };
    }

    private static bool IsContractCode(string code) => code is ErrorCodes.Validation or ErrorCodes.NotFound or ErrorCodes.QueryTooComplex
        or ErrorCodes.Unauthorized or ErrorCodes.Forbidden or ErrorCodes.Conflict or ErrorCodes.StoreUnavailable or ErrorCodes.Timeout or ErrorCodes.RateLimited or ErrorCodes.Internal;
}

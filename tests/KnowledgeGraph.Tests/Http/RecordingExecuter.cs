using GraphQL;
using KnowledgeGraph.Api;
using Microsoft.AspNetCore.Http;

namespace KnowledgeGraph.Tests;

/// <summary>
/// Stands in for the document executer: records what the endpoint passed it and what the HTTP request was,
/// then answers <c>{"data":{"ok":true}}</c>, or throws when asked to.
/// </summary>
internal sealed class RecordingExecuter(IHttpContextAccessor accessor) : IDocumentExecuter<KnowledgeGraphSchema>
{
    public ExecutionOptions? Options { get; private set; }

    /// <summary>The HTTP request's services, user and abort token, read while the request was running.</summary>
    public (IServiceProvider Services, System.Security.Claims.ClaimsPrincipal User, CancellationToken Aborted)? Request { get; private set; }

    public Exception? Throw { get; set; }

    public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options)
    {
        Options = options;
        var http = accessor.HttpContext!;
        Request = (http.RequestServices, http.User, http.RequestAborted);
        if (Throw is not null)
        {
            throw Throw;
        }

        return Task.FromResult(new ExecutionResult { Executed = true, Data = new Dictionary<string, object?> { ["ok"] = true } });
    }
}

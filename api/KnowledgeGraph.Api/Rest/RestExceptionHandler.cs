using KnowledgeGraph.Graph;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;

namespace KnowledgeGraph.Api;

/// <summary>
/// Turns the exceptions that mean "bad request" into 400 problem details: a <see cref="GraphQueryException"/> from
/// the store and a <see cref="BadHttpRequestException"/> from parameter binding (which names the parameter).
/// Anything else falls through to the default handler: a 500 problem without a stack trace.
/// </summary>
public sealed partial class RestExceptionHandler : IExceptionHandler
{
    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            GraphQueryException { Code: ErrorCodes.NotFound } e => Problems.Status(StatusCodes.Status404NotFound, "Not found.", e.Message, e.Code),
            GraphQueryException { Code: ErrorCodes.Conflict } e => Problems.Status(StatusCodes.Status409Conflict, "The change conflicts with the current state.", e.Message, e.Code),
            GraphQueryException e => Problems.BadRequest(e.Message, e.Code),
            StoreUnavailableException => Problems.StoreUnavailable(),
            BadHttpRequestException e when e.StatusCode == StatusCodes.Status400BadRequest && BoundParameter(e.Message) is { } name =>
                Problems.BadParameter(name, $"'{httpContext.Request.Query[name]}' is not a valid value ({e.Message})"),
            BadHttpRequestException e when e.StatusCode == StatusCodes.Status400BadRequest => Problems.BadRequest(e.Message),
            _ => null,
        };
        if (problem is null)
        {
            return false;
        }

        await problem.ExecuteAsync(httpContext).ConfigureAwait(false);
        return true;
    }

    // Minimal APIs say: Failed to bind parameter "Nullable<int> Limit" from "abc". The query key is the camelCase name.
    private static string? BoundParameter(string message)
    {
        var match = BindFailure().Match(message);
        if (!match.Success)
        {
            return null;
        }

        var name = match.Groups["name"].Value;
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    [GeneratedRegex("^Failed to bind parameter \"(?:[^\"]* )?(?<name>\\w+)\" from", RegexOptions.CultureInvariant)]
    private static partial Regex BindFailure();
}

using System.Diagnostics;
using KnowledgeGraph.Graph;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace KnowledgeGraph.Api;

/// <summary>
/// RFC 9457 problem details (<c>application/problem+json</c>) for every HTTP front door, with the machine-readable
/// <c>code</c> of <see cref="ErrorCodes"/> and the request's <c>traceId</c>. Endpoints return the typed results
/// below; <see cref="Customize"/> completes the problems ASP.NET Core writes itself (405, 415, unmatched routes,
/// unexpected exceptions) so every problem has the same shape.
/// </summary>
public static class Problems
{
    /// <summary>The problem type of a bad request (RFC 9110, 400).</summary>
    public const string BadRequestType = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1";

    /// <summary>The problem type of an unknown resource (RFC 9110, 404).</summary>
    public const string NotFoundType = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5";

    /// <summary>A 400 naming the bad query or route parameter and why it is wrong.</summary>
    public static ProblemHttpResult BadParameter(string parameter, string why) =>
        TypedResults.Problem(
            detail: $"{parameter}: {why}",
            statusCode: StatusCodes.Status400BadRequest,
            title: $"The parameter '{parameter}' is not valid.",
            type: BadRequestType,
            extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.Validation, ["parameter"] = parameter });

    /// <summary>A 400 for a request the store rejected (<see cref="GraphQueryException"/>).</summary>
    public static ProblemHttpResult BadRequest(string detail, string code = ErrorCodes.Validation) =>
        TypedResults.Problem(
            detail: detail,
            statusCode: StatusCodes.Status400BadRequest,
            title: "The request is not valid.",
            type: BadRequestType,
            extensions: new Dictionary<string, object?> { ["code"] = code });

    /// <summary>A 404 for an id that names no entity.</summary>
    public static ProblemHttpResult UnknownId(string parameter, string id) =>
        TypedResults.Problem(
            detail: $"No entity has the id '{id}'.",
            statusCode: StatusCodes.Status404NotFound,
            title: "Not found.",
            type: NotFoundType,
            extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.NotFound, ["parameter"] = parameter });

    /// <summary>A problem with any status, for front doors that need one this class does not name (401, 429 ...).</summary>
    public static ProblemHttpResult Status(int statusCode, string title, string detail, string code, IDictionary<string, object?>? extensions = null)
    {
        var all = new Dictionary<string, object?>(extensions ?? new Dictionary<string, object?>()) { ["code"] = code };
        return TypedResults.Problem(detail: detail, statusCode: statusCode, title: title, type: TypeOf(statusCode), extensions: all);
    }

    /// <summary>A 503 for a store that does not answer.</summary>
    public static ProblemHttpResult StoreUnavailable() =>
        Status(StatusCodes.Status503ServiceUnavailable, "The store is unavailable.", "The graph store did not answer; try again shortly.", ErrorCodes.StoreUnavailable);

    /// <summary>
    /// Completes any problem before it is written: a <c>type</c>, a <c>detail</c> that says what to do, a <c>code</c>
    /// and the <c>traceId</c> under which the log has the details. An unexpected exception's message stays in the log.
    /// </summary>
    public static void Customize(ProblemDetailsContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var problem = context.ProblemDetails;
        var http = context.HttpContext;
        var status = problem.Status ?? http.Response.StatusCode;
        problem.Type ??= TypeOf(status);
        problem.Extensions["traceId"] = Activity.Current?.Id ?? http.TraceIdentifier;
        if (!problem.Extensions.ContainsKey("code"))
        {
            problem.Extensions["code"] = status switch
            {
                StatusCodes.Status401Unauthorized => ErrorCodes.Unauthorized,
                StatusCodes.Status403Forbidden => ErrorCodes.Forbidden,
                StatusCodes.Status404NotFound => ErrorCodes.NotFound,
                StatusCodes.Status409Conflict => ErrorCodes.Conflict,
                StatusCodes.Status429TooManyRequests => ErrorCodes.RateLimited,
                StatusCodes.Status503ServiceUnavailable => ErrorCodes.StoreUnavailable,
                >= 500 => ErrorCodes.Internal,
                _ => ErrorCodes.Validation,
            };
        }

        problem.Detail ??= status switch
        {
            StatusCodes.Status404NotFound => $"Nothing is served at {http.Request.Path}; GET /api/v1 lists the entry points.",
            StatusCodes.Status405MethodNotAllowed => $"{http.Request.Method} is not allowed on {http.Request.Path}; the Allow header lists the methods that are.",
            StatusCodes.Status406NotAcceptable => "No representation matches the Accept header; ask for application/json.",
            StatusCodes.Status415UnsupportedMediaType => $"The Content-Type '{http.Request.ContentType}' is not accepted here.",
            >= 500 => "An unexpected error occurred; quote the traceId when reporting it.",
            _ => problem.Title,
        };
    }

    private static string TypeOf(int status) => status switch
    {
        StatusCodes.Status400BadRequest => BadRequestType,
        StatusCodes.Status404NotFound => NotFoundType,
        StatusCodes.Status405MethodNotAllowed => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.6",
        StatusCodes.Status406NotAcceptable => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.7",
        StatusCodes.Status415UnsupportedMediaType => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.16",
        StatusCodes.Status503ServiceUnavailable => "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.4",
        >= 500 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.1",
        _ => "about:blank",
    };
}

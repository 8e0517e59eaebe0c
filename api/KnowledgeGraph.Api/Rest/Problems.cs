using KnowledgeGraph.Graph;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KnowledgeGraph.Api;

/// <summary>RFC 9457 problem details for the REST API, with the machine-readable <c>code</c> of <see cref="ErrorCodes"/>.</summary>
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
}

using System.Diagnostics;
using System.Text.Json;

namespace KnowledgeGraph.Api;

/// <summary>
/// Writes the GraphQL-shaped error bodies of requests that never reach the executer:
/// <c>{"errors":[{"message":"...","extensions":{"code":"..."}}]}</c>, never with <c>data</c>.
/// </summary>
public static class GraphQLErrorResponse
{
    /// <summary>Writes one error with <paramref name="code"/>; INTERNAL errors also carry the trace id.</summary>
    public static async Task WriteAsync(HttpContext context, int statusCode, string mediaType, string code, string message)
    {
        var response = context.Response;
        response.StatusCode = statusCode;
        response.ContentType = mediaType + "; charset=utf-8";

        await using var writer = new Utf8JsonWriter(response.Body);
        writer.WriteStartObject();
        writer.WriteStartArray("errors");
        writer.WriteStartObject();
        writer.WriteString("message", message);
        writer.WriteStartObject("extensions");
        writer.WriteString("code", code);
        if (code == GraphQLErrorCodes.Internal)
        {
            writer.WriteString("traceId", TraceId(context));
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
        await writer.FlushAsync(context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>The id under which the log records this request: the W3C trace id when tracing, else the connection's request id.</summary>
    public static string TraceId(HttpContext context) => Activity.Current?.TraceId.ToString() ?? context.TraceIdentifier;
}

using System.Text.Json;
using GraphQL;

namespace KnowledgeGraph.Api;

/// <summary>
/// Reads a <see cref="GraphQLHttpRequest"/> from an HTTP request and checks its shape as the
/// GraphQL-over-HTTP specification asks; anything malformed throws a 400 <see cref="GraphQLHttpException"/>.
/// </summary>
public sealed class GraphQLRequestReader(IGraphQLTextSerializer serializer)
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 64 };

    /// <summary>Reads a POST body: one JSON object with <c>query</c>, <c>operationName</c>, <c>variables</c>, <c>extensions</c>.</summary>
    public async Task<GraphQLHttpRequest> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength == 0)
        {
            throw new GraphQLHttpException("The request body is empty; send a JSON object with a \"query\".");
        }

        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(request.Body, DocumentOptions, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException ex)
        {
            throw new GraphQLHttpException("The request body is not valid JSON: " + ex.Message, ex);
        }
        catch (BadHttpRequestException ex)
        {
            // The server refused the body itself, e.g. over the size limit (413).
            throw new GraphQLHttpException(ex.StatusCode, "The request body could not be read: " + ex.Message);
        }

        using (document)
        {
            var root = document.RootElement;

            // Batching (a JSON array of requests) is not part of the GraphQL-over-HTTP specification. Refusing it
            // keeps one status code, one cost budget and one log line per request; clients send requests one by one.
            if (root.ValueKind == JsonValueKind.Array)
            {
                throw new GraphQLHttpException("Batching is not supported; send one request object per HTTP request.");
            }

            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new GraphQLHttpException("The request body must be a JSON object with a \"query\".");
            }

            return new GraphQLHttpRequest(
                Query: RequiredString(root, "query"),
                OperationName: OptionalString(root, "operationName"),
                Variables: OptionalMap(root, "variables"),
                Extensions: OptionalMap(root, "extensions"));
        }
    }

    /// <summary>Reads a GET query string: <c>query</c>, <c>operationName</c>, and JSON-encoded <c>variables</c> and <c>extensions</c>.</summary>
    public GraphQLHttpRequest ReadQueryString(IQueryCollection parameters)
    {
        var query = Single(parameters, "query");
        if (string.IsNullOrEmpty(query))
        {
            throw new GraphQLHttpException("The \"query\" parameter is required.");
        }

        return new GraphQLHttpRequest(
            Query: query,
            OperationName: Single(parameters, "operationName") is { Length: > 0 } name ? name : null,
            Variables: MapFromJsonText(Single(parameters, "variables"), "variables"),
            Extensions: MapFromJsonText(Single(parameters, "extensions"), "extensions"));
    }

    private static string RequiredString(JsonElement root, string name) => root.TryGetProperty(name, out var value) switch
    {
        false => throw new GraphQLHttpException($"The \"{name}\" parameter is required."),
        true when value.ValueKind == JsonValueKind.String => value.GetString()!,
        true when value.ValueKind == JsonValueKind.Null => throw new GraphQLHttpException($"The \"{name}\" parameter is required."),
        _ => throw new GraphQLHttpException($"The \"{name}\" parameter must be a string, not {Describe(value)}."),
    };

    private static string? OptionalString(JsonElement root, string name) => root.TryGetProperty(name, out var value) switch
    {
        false => null,
        true when value.ValueKind == JsonValueKind.Null => null,
        true when value.ValueKind == JsonValueKind.String => value.GetString(),
        _ => throw new GraphQLHttpException($"The \"{name}\" parameter must be a string or null, not {Describe(value)}."),
    };

    private Inputs? OptionalMap(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) ? ToMap(value, name) : null;

    private Inputs? MapFromJsonText(string? text, string name)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, DocumentOptions);
        }
        catch (JsonException ex)
        {
            throw new GraphQLHttpException($"The \"{name}\" parameter is not valid JSON: " + ex.Message, ex);
        }

        using (document)
        {
            return ToMap(document.RootElement, name);
        }
    }

    private Inputs? ToMap(JsonElement value, string name)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            throw new GraphQLHttpException($"The \"{name}\" parameter must be an object or null, not {Describe(value)}.");
        }

        try
        {
            // The registered serializer turns JSON into the Inputs GraphQL.NET expects (numbers, lists, nested maps).
            return serializer.ReadNode<Inputs>(value);
        }
        catch (JsonException ex)
        {
            throw new GraphQLHttpException($"The \"{name}\" parameter could not be read: " + ex.Message, ex);
        }
    }

    private static string? Single(IQueryCollection parameters, string name)
    {
        var values = parameters[name];
        return values.Count switch
        {
            0 => null,
            1 => values[0],
            _ => throw new GraphQLHttpException($"The \"{name}\" parameter is given more than once."),
        };
    }

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}

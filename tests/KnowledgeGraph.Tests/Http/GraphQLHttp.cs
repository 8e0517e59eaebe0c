using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Xunit;

namespace KnowledgeGraph.Tests;

/// <summary>Builds GraphQL-over-HTTP requests and checks the answers' shape.</summary>
internal static class GraphQLHttp
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";
    public const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

    /// <summary>A POST of <paramref name="body"/> as it is, with the given Content-Type and Accept (null: no header).</summary>
    public static HttpRequestMessage Post(string body, string? accept = Json, string? contentType = Json)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)),
        };
        if (contentType is not null)
        {
            request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        return WithAccept(request, accept);
    }

    /// <summary>A POST of a request object serialized to JSON.</summary>
    public static HttpRequestMessage PostJson(object body, string? accept = Json) => Post(JsonSerializer.Serialize(body), accept);

    /// <summary>A GET with the given query-string parameters.</summary>
    public static HttpRequestMessage Get(string? accept, params (string Name, string Value)[] parameters)
    {
        var query = string.Join('&', parameters.Select(p => $"{Uri.EscapeDataString(p.Name)}={Uri.EscapeDataString(p.Value)}"));
        var request = new HttpRequestMessage(HttpMethod.Get, query.Length == 0 ? "/graphql" : "/graphql?" + query);
        return WithAccept(request, accept);
    }

    public static async Task<JsonElement> JsonBody(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        try
        {
            return JsonDocument.Parse(text).RootElement.Clone();
        }
        catch (JsonException ex)
        {
            throw new Xunit.Sdk.XunitException($"The body is not JSON ({ex.Message}): {text}");
        }
    }

    /// <summary>Asserts the status and media type, and returns the JSON body.</summary>
    public static async Task<JsonElement> AssertResponse(HttpResponseMessage response, HttpStatusCode status, string mediaType)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"Expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        return await JsonBody(response);
    }

    /// <summary>Asserts a result with data and no errors, and returns the data.</summary>
    public static async Task<JsonElement> AssertData(HttpResponseMessage response, string mediaType = Json)
    {
        var body = await AssertResponse(response, HttpStatusCode.OK, mediaType);
        Assert.False(body.TryGetProperty("errors", out var errors), errors.ToString());
        return body.GetProperty("data");
    }

    /// <summary>
    /// Asserts a GraphQL-shaped error answer: status, media type, no <c>data</c>, one or more errors each with a
    /// message and a code, and nothing that looks like a stack trace. Returns the first error.
    /// </summary>
    public static async Task<JsonElement> AssertErrors(HttpResponseMessage response, HttpStatusCode status, string mediaType, string? code = null)
    {
        var body = await AssertResponse(response, status, mediaType);
        Assert.False(body.TryGetProperty("data", out _), "A request that failed before execution has no data: " + body);
        var errors = body.GetProperty("errors");
        Assert.NotEqual(0, errors.GetArrayLength());
        foreach (var error in errors.EnumerateArray())
        {
            Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()));
            Assert.False(string.IsNullOrEmpty(error.GetProperty("extensions").GetProperty("code").GetString()), "Every error has a code: " + error);
        }

        var text = body.ToString();
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
        var first = errors[0];
        if (code is not null)
        {
            Assert.Equal(code, first.GetProperty("extensions").GetProperty("code").GetString());
        }

        return first;
    }

    private static HttpRequestMessage WithAccept(HttpRequestMessage request, string? accept)
    {
        request.Headers.Accept.Clear();
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return request;
    }
}

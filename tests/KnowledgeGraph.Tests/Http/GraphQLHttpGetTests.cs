using System.Net;
using System.Text.Json;
using Xunit;
using static KnowledgeGraph.Tests.GraphQLHttp;

namespace KnowledgeGraph.Tests;

/// <summary>GET /graphql: queries only, parameters in the query string; and the methods that are not GET or POST.</summary>
public sealed class GraphQLHttpGetTests(GraphQLHttpFactory factory) : IClassFixture<GraphQLHttpFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData(null, Json)]
    [InlineData(Json, Json)]
    [InlineData(GraphQLResponse, GraphQLResponse)]
    public async Task A_query_answers_200(string? accept, string mediaType)
    {
        var data = await AssertData(await _client.SendAsync(Get(accept, ("query", "{ __typename }"))), mediaType);
        Assert.Equal(JsonValueKind.String, data.GetProperty("__typename").ValueKind);
    }

    [Fact]
    public async Task Variables_and_extensions_are_url_encoded_json()
    {
        var response = await _client.SendAsync(Get(Json,
            ("query", "query Type($name: String!) { __type(name: $name) { name } }"),
            ("variables", """{"name":"Boolean"}"""),
            ("extensions", """{"some":"value"}""")));
        Assert.Equal("Boolean", (await AssertData(response)).GetProperty("__type").GetProperty("name").GetString());
    }

    [Fact]
    public async Task OperationName_picks_the_operation()
    {
        var response = await _client.SendAsync(Get(Json, ("query", "query A { a: __typename } query B { b: __typename }"), ("operationName", "A")));
        var data = await AssertData(response);
        Assert.True(data.TryGetProperty("a", out _));
        Assert.False(data.TryGetProperty("b", out _));
    }

    [Theory]
    [InlineData(Json, "mutation { __typename }", null)]
    [InlineData(GraphQLResponse, "mutation { __typename }", null)]
    [InlineData(GraphQLResponse, "subscription { __typename }", null)]
    [InlineData(Json, "query Q { __typename } mutation M { __typename }", "M")]
    public async Task A_mutation_or_subscription_is_405_allowing_post(string accept, string query, string? operationName)
    {
        var parameters = operationName is null ? new[] { ("query", query) } : [("query", query), ("operationName", operationName)];
        var response = await _client.SendAsync(Get(accept, parameters));
        await AssertErrors(response, HttpStatusCode.MethodNotAllowed, accept);
        Assert.Equal(["POST"], response.Content.Headers.Allow);
    }

    [Fact]
    public async Task A_query_beside_a_mutation_may_be_picked_by_name()
    {
        var response = await _client.SendAsync(Get(Json, ("query", "query Q { __typename } mutation M { __typename }"), ("operationName", "Q")));
        await AssertData(response);
    }

    [Fact]
    public async Task A_missing_query_is_400()
    {
        await AssertErrors(await _client.SendAsync(Get(Json)), HttpStatusCode.BadRequest, Json, "BAD_REQUEST");
        await AssertErrors(await _client.SendAsync(Get(GraphQLResponse, ("operationName", "Q"))), HttpStatusCode.BadRequest, GraphQLResponse, "BAD_REQUEST");
    }

    [Theory]
    [InlineData("variables", "{\"name\":")]
    [InlineData("variables", "\"string\"")]
    [InlineData("variables", "[1]")]
    [InlineData("variables", "0")]
    [InlineData("extensions", "false")]
    [InlineData("extensions", "not json")]
    public async Task Variables_or_extensions_that_are_not_a_json_object_are_400(string name, string value)
    {
        var response = await _client.SendAsync(Get(Json, ("query", "{ __typename }"), (name, value)));
        await AssertErrors(response, HttpStatusCode.BadRequest, Json, "BAD_REQUEST");
    }

    [Fact]
    public async Task A_parameter_given_twice_is_400()
    {
        var response = await _client.SendAsync(Get(Json, ("query", "{ __typename }"), ("query", "{ __schema { __typename } }")));
        await AssertErrors(response, HttpStatusCode.BadRequest, Json, "BAD_REQUEST");
    }

    [Fact]
    public async Task A_validation_error_is_400_with_graphql_response_json()
    {
        var response = await _client.SendAsync(Get(GraphQLResponse, ("query", "{ f8c1a9e2notAField }")));
        await AssertErrors(response, HttpStatusCode.BadRequest, GraphQLResponse);
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task Other_methods_are_405_allowing_get_and_post(string method)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), "/graphql") { Content = new StringContent("""{"query":"{ __typename }"}""") };
        var response = await _client.SendAsync(request);
        await AssertErrors(response, HttpStatusCode.MethodNotAllowed, Json, "BAD_REQUEST");
        Assert.Equal(["GET", "POST"], response.Content.Headers.Allow);
    }
}

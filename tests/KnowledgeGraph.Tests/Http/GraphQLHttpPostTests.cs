using System.Net;
using System.Text.Json;
using Xunit;
using static KnowledgeGraph.Tests.GraphQLHttp;

namespace KnowledgeGraph.Tests;

/// <summary>POST /graphql: request bodies, parameters, and the status codes of the GraphQL-over-HTTP specification.</summary>
public sealed class GraphQLHttpPostTests(GraphQLHttpFactory factory) : IClassFixture<GraphQLHttpFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task A_query_answers_200_with_data()
    {
        var data = await AssertData(await _client.SendAsync(PostJson(new { query = "{ __typename }" })));
        Assert.Equal(JsonValueKind.String, data.GetProperty("__typename").ValueKind);
    }

    [Theory]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("application/json;charset=UTF-8")]
    [InlineData("Application/JSON")]
    public async Task Json_in_utf8_is_accepted_however_it_is_spelled(string contentType)
    {
        await AssertData(await _client.SendAsync(Post("""{"query":"{ __typename }"}""", contentType: contentType)));
    }

    [Fact]
    public async Task Utf8_text_reaches_the_executer_intact()
    {
        var data = await AssertData(await _client.SendAsync(PostJson(new { query = """{ __type(name: "Run🏃Swim🏊") { name } }""" })));
        Assert.Equal(JsonValueKind.Null, data.GetProperty("__type").ValueKind);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/graphql")]
    [InlineData("application/json; charset=iso-8859-1")]
    [InlineData(null)]
    public async Task Another_content_type_is_415(string? contentType)
    {
        var response = await _client.SendAsync(Post("""{"query":"{ __typename }"}""", contentType: contentType));
        await AssertErrors(response, HttpStatusCode.UnsupportedMediaType, Json, "BAD_REQUEST");
    }

    [Theory]
    [InlineData("{ \"not a JSON")]
    [InlineData("{\"query\": \"{ __typename }\"")]
    [InlineData("query { __typename }")]
    public async Task Malformed_json_is_400(string body)
    {
        var error = await AssertErrors(await _client.SendAsync(Post(body)), HttpStatusCode.BadRequest, Json, "BAD_REQUEST");
        Assert.Contains("not valid JSON", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_body_is_400()
    {
        await AssertErrors(await _client.SendAsync(Post(string.Empty)), HttpStatusCode.BadRequest, Json, "BAD_REQUEST");
    }

    [Fact]
    public async Task A_batch_is_400_because_batching_is_not_supported()
    {
        var response = await _client.SendAsync(Post("""[{"query":"{ __typename }"},{"query":"{ __typename }"}]""", accept: GraphQLResponse));
        var error = await AssertErrors(response, HttpStatusCode.BadRequest, GraphQLResponse, "BAD_REQUEST");
        Assert.Contains("batching is not supported", error.GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("\"{ __typename }\"")]
    [InlineData("42")]
    [InlineData("null")]
    public async Task A_body_that_is_not_an_object_is_400(string body)
    {
        await AssertErrors(await _client.SendAsync(Post(body)), HttpStatusCode.BadRequest, Json, "BAD_REQUEST");
    }

    [Theory]
    [InlineData("""{}""")]
    [InlineData("""{"qeury":"{ __typename }"}""")]
    [InlineData("""{"query":null}""")]
    [InlineData("""{"query":{"obj":"ect"}}""")]
    [InlineData("""{"query":0}""")]
    [InlineData("""{"query":false}""")]
    [InlineData("""{"query":["{ __typename }"]}""")]
    [InlineData("""{"query":"{ __typename }","operationName":{"obj":"ect"}}""")]
    [InlineData("""{"query":"{ __typename }","operationName":0}""")]
    [InlineData("""{"query":"{ __typename }","operationName":false}""")]
    [InlineData("""{"query":"{ __typename }","operationName":["a"]}""")]
    [InlineData("""{"query":"{ __typename }","variables":"{}"}""")]
    [InlineData("""{"query":"{ __typename }","variables":0}""")]
    [InlineData("""{"query":"{ __typename }","variables":false}""")]
    [InlineData("""{"query":"{ __typename }","variables":["array"]}""")]
    [InlineData("""{"query":"{ __typename }","extensions":"{}"}""")]
    [InlineData("""{"query":"{ __typename }","extensions":0}""")]
    [InlineData("""{"query":"{ __typename }","extensions":false}""")]
    [InlineData("""{"query":"{ __typename }","extensions":["array"]}""")]
    public async Task A_missing_or_mistyped_parameter_is_400_whatever_the_accept_header(string body)
    {
        await AssertErrors(await _client.SendAsync(Post(body, accept: Json)), HttpStatusCode.BadRequest, Json, "BAD_REQUEST");
        await AssertErrors(await _client.SendAsync(Post(body, accept: GraphQLResponse)), HttpStatusCode.BadRequest, GraphQLResponse, "BAD_REQUEST");
    }

    [Theory]
    [InlineData("""{"query":"{ __typename }","operationName":null,"variables":null,"extensions":null}""")]
    [InlineData("""{"query":"{ __typename }","variables":{},"extensions":{"some":"value"}}""")]
    [InlineData("""{"query":"{ __typename }","somethingElse":true}""")]
    public async Task Null_or_map_parameters_and_unknown_keys_are_accepted(string body)
    {
        await AssertData(await _client.SendAsync(Post(body)));
    }

    [Fact]
    public async Task Variables_reach_the_query()
    {
        var response = await _client.SendAsync(PostJson(new
        {
            query = "query Type($name: String!) { __type(name: $name) { name } }",
            variables = new { name = "String" },
        }));
        Assert.Equal("String", (await AssertData(response)).GetProperty("__type").GetProperty("name").GetString());
    }

    [Fact]
    public async Task OperationName_picks_the_operation()
    {
        var response = await _client.SendAsync(PostJson(new
        {
            query = "query A { a: __typename } query B { b: __typename }",
            operationName = "B",
        }));
        var data = await AssertData(response);
        Assert.True(data.TryGetProperty("b", out _));
        Assert.False(data.TryGetProperty("a", out _));
    }

    [Theory]
    [InlineData("{")]
    [InlineData("{ __typename")]
    public async Task A_syntax_error_is_400_with_graphql_response_json_and_200_with_json(string query)
    {
        await AssertErrors(await _client.SendAsync(PostJson(new { query }, GraphQLResponse)), HttpStatusCode.BadRequest, GraphQLResponse);
        await AssertErrors(await _client.SendAsync(PostJson(new { query }, Json)), HttpStatusCode.OK, Json);
        await AssertErrors(await _client.SendAsync(PostJson(new { query }, accept: null)), HttpStatusCode.OK, Json);
    }

    [Theory]
    [InlineData("{ f8c1a9e2notAField }")]
    [InlineData("query A { __typename } query A { __typename }")]
    [InlineData("query ($unused: String) { __typename }")]
    public async Task A_validation_error_is_400_with_graphql_response_json_and_200_with_json(string query)
    {
        await AssertErrors(await _client.SendAsync(PostJson(new { query }, GraphQLResponse)), HttpStatusCode.BadRequest, GraphQLResponse);
        await AssertErrors(await _client.SendAsync(PostJson(new { query }, Json)), HttpStatusCode.OK, Json);
    }

    [Fact]
    public async Task A_variable_coercion_failure_is_400_with_graphql_response_json_and_200_with_json()
    {
        var body = new { query = "query CoerceFailure($id: ID!) { __typename }", variables = new { id = (string?)null } };
        await AssertErrors(await _client.SendAsync(PostJson(body, GraphQLResponse)), HttpStatusCode.BadRequest, GraphQLResponse);
        await AssertErrors(await _client.SendAsync(PostJson(body, Json)), HttpStatusCode.OK, Json);
    }

    [Fact]
    public async Task An_unknown_operation_name_is_a_request_error()
    {
        var body = new { query = "query A { __typename }", operationName = "B" };
        await AssertErrors(await _client.SendAsync(PostJson(body, GraphQLResponse)), HttpStatusCode.BadRequest, GraphQLResponse);
    }

    [Fact]
    public async Task Answers_vary_by_accept()
    {
        var response = await _client.SendAsync(PostJson(new { query = "{ __typename }" }));
        Assert.Contains("Accept", response.Headers.Vary);
    }
}

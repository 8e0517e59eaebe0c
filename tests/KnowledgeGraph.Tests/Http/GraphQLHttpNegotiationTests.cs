using System.Net;
using Xunit;
using static KnowledgeGraph.Tests.GraphQLHttp;

namespace KnowledgeGraph.Tests;

/// <summary>Which response media type the Accept header gets, end to end.</summary>
public sealed class GraphQLHttpNegotiationTests(GraphQLHttpFactory factory) : IClassFixture<GraphQLHttpFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData(null, Json)]
    [InlineData("*/*", Json)]
    [InlineData("application/*", Json)]
    [InlineData("application/json", Json)]
    [InlineData("application/json; charset=utf-8", Json)]
    [InlineData("application/graphql-response+json", GraphQLResponse)]
    [InlineData("application/graphql-response+json, application/json;q=0.9", GraphQLResponse)]
    [InlineData("application/json, application/graphql-response+json", GraphQLResponse)]
    [InlineData("application/json, application/graphql-response+json;q=0.5", Json)]
    [InlineData("application/graphql-response+json;q=0.5, */*", Json)]
    [InlineData("application/graphql-response+json, */*;q=0.1", GraphQLResponse)]
    [InlineData("text/html, application/json;q=0.9", Json)]
    [InlineData("application/json, multipart/mixed", Json)]
    public async Task The_accept_header_picks_the_response_type(string? accept, string expected)
    {
        await AssertData(await _client.SendAsync(PostJson(new { query = "{ __typename }" }, accept)), expected);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/xml")]
    [InlineData("text/*")]
    [InlineData("application/json;q=0")]
    [InlineData("application/json; charset=iso-8859-1")]
    public async Task An_accept_header_that_allows_neither_type_is_406(string accept)
    {
        var response = await _client.SendAsync(PostJson(new { query = "{ __typename }" }, accept));
        await AssertErrors(response, HttpStatusCode.NotAcceptable, Json, "BAD_REQUEST");
    }

    [Fact]
    public async Task A_get_that_accepts_neither_type_is_406()
    {
        var response = await _client.SendAsync(Get("text/plain", ("query", "{ __typename }")));
        await AssertErrors(response, HttpStatusCode.NotAcceptable, Json, "BAD_REQUEST");
    }
}

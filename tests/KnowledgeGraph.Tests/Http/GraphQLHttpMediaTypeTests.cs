using KnowledgeGraph.Api;
using Microsoft.Extensions.Primitives;
using Xunit;

namespace KnowledgeGraph.Tests;

/// <summary>The Accept and Content-Type rules on their own.</summary>
public sealed class GraphQLHttpMediaTypeTests
{
    [Theory]
    [InlineData(null, GraphQLMediaTypes.Json)]
    [InlineData("", GraphQLMediaTypes.Json)]
    [InlineData("*/*", GraphQLMediaTypes.Json)]
    [InlineData("application/*", GraphQLMediaTypes.Json)]
    [InlineData("APPLICATION/GRAPHQL-RESPONSE+JSON", GraphQLMediaTypes.GraphQLResponse)]
    [InlineData("application/graphql-response+json;q=0.9, application/json;q=0.8", GraphQLMediaTypes.GraphQLResponse)]
    [InlineData("application/graphql-response+json;q=0.8, application/json;q=0.9", GraphQLMediaTypes.Json)]
    [InlineData("application/graphql-response+json;q=0, */*", GraphQLMediaTypes.Json)]
    [InlineData("application/json;q=0, */*", GraphQLMediaTypes.GraphQLResponse)]
    [InlineData("application/graphql-response+json; charset=utf-8", GraphQLMediaTypes.GraphQLResponse)]
    [InlineData("text/html", null)]
    [InlineData("application/json;q=0, application/graphql-response+json;q=0", null)]
    [InlineData("application/json; charset=utf-16", null)]
    [InlineData("not a media type", null)]
    public void Select_response_type(string? accept, string? expected)
    {
        Assert.Equal(expected, MediaTypeNegotiation.SelectResponseType(new StringValues(accept)));
    }

    [Fact]
    public void Several_accept_headers_are_read_together()
    {
        Assert.Equal(GraphQLMediaTypes.GraphQLResponse, MediaTypeNegotiation.SelectResponseType(new StringValues(["text/html", "application/graphql-response+json"])));
    }

    [Theory]
    [InlineData("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", true)]
    [InlineData("text/html;q=0", false)]
    [InlineData("*/*", false)]
    [InlineData("text/*", false)]
    [InlineData(null, false)]
    public void Names_html_explicitly(string? accept, bool expected)
    {
        Assert.Equal(expected, MediaTypeNegotiation.NamesExplicitly(new StringValues(accept), GraphQLMediaTypes.Html));
    }

    [Theory]
    [InlineData("application/json", true)]
    [InlineData("application/json; charset=utf-8", true)]
    [InlineData("application/json; charset=\"UTF-8\"", true)]
    [InlineData("application/json; charset=utf-16", false)]
    [InlineData("application/graphql-response+json", false)]
    [InlineData("text/plain", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Json_content_type(string? contentType, bool expected)
    {
        Assert.Equal(expected, MediaTypeNegotiation.IsJsonContentType(contentType));
    }
}

using System.Text;
using GraphQL.SystemTextJson;
using KnowledgeGraph.Api;
using Microsoft.AspNetCore.Http;
using Xunit;

namespace KnowledgeGraph.Tests;

/// <summary>The request reader on its own, for what an in-process host cannot send.</summary>
public sealed class GraphQLHttpReaderTests
{
    private readonly GraphQLRequestReader _reader = new(new GraphQLSerializer());

    [Fact]
    public async Task A_body_the_server_refuses_keeps_its_status_code()
    {
        var context = new DefaultHttpContext();
        context.Request.Body = new RefusingStream();
        var ex = await Assert.ThrowsAsync<GraphQLHttpException>(() => _reader.ReadBodyAsync(context.Request, CancellationToken.None));
        Assert.Equal(StatusCodes.Status413PayloadTooLarge, ex.StatusCode);
    }

    [Fact]
    public async Task A_body_nested_past_the_depth_limit_is_400()
    {
        var context = new DefaultHttpContext();
        var nested = new string('[', 100) + new string(']', 100);
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes("""{"query":"{ __typename }","variables":{"a":""" + nested + "}}"));
        var ex = await Assert.ThrowsAsync<GraphQLHttpException>(() => _reader.ReadBodyAsync(context.Request, CancellationToken.None));
        Assert.Equal(StatusCodes.Status400BadRequest, ex.StatusCode);
    }

    /// <summary>A body Kestrel stops reading, as it does past <c>MaxRequestBodySize</c>.</summary>
    private sealed class RefusingStream : MemoryStream
    {
        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            throw new BadHttpRequestException("Request body too large.", StatusCodes.Status413PayloadTooLarge);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            throw new BadHttpRequestException("Request body too large.", StatusCodes.Status413PayloadTooLarge);
    }
}

using System.Net;
using GraphQL;
using KnowledgeGraph.Api;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using static KnowledgeGraph.Tests.GraphQLHttp;

namespace KnowledgeGraph.Tests;

/// <summary>
/// A document that validated is parsed once and reused, yet every request is still checked for what depends on the
/// request itself: the cost (page sizes may be variables) and, over GET, that it is a query.
/// </summary>
public sealed class DocumentCacheTests(GraphQLSampleFixture fixture) : IClassFixture<GraphQLSampleFixture>
{
    private const string Deep = "query($n: Int) { programs(first: $n) { nodes { agencies { programs { agencies { programs { name } } } } } } }";

    [Fact]
    public async Task The_same_text_reuses_the_parsed_document()
    {
        var first = await ExecuteAsync("{ hazards(first: 3) { nodes { id } } }");
        var again = await ExecuteAsync("{ hazards(first: 3) { nodes { id } } }");
        var other = await ExecuteAsync("{ hazards(first: 4) { nodes { id } } }");

        Assert.Same(first.Document, again.Document);
        Assert.NotSame(first.Document, other.Document);
    }

    [Fact]
    public async Task A_document_that_failed_validation_is_not_kept()
    {
        var first = await ExecuteAsync("{ hazards { nope } }");
        var again = await ExecuteAsync("{ hazards { nope } }");

        // Kept, it would skip validation the second time and run.
        Assert.False(first.Executed);
        Assert.False(again.Executed);
        Assert.Equal(first.Errors!.Select(e => e.Message), again.Errors!.Select(e => e.Message));
    }

    [Fact]
    public async Task A_cached_document_is_refused_when_its_variables_make_it_too_costly()
    {
        var small = await fixture.Api.GraphQLAsync(Deep, new { n = 1 });
        var large = await fixture.Api.GraphQLAsync(Deep, new { n = 100 });

        small.Data();
        Assert.True(small.At("extensions.cost.requested").GetDouble() <= 50_000);
        Assert.Equal(["QUERY_TOO_COMPLEX"], large.ErrorCodes());
        Assert.True(large.At("extensions.cost.requested").GetDouble() > 50_000);
    }

    [Fact]
    public async Task A_mutation_cached_from_a_post_is_still_405_over_get()
    {
        using var client = fixture.Api.CreateClient();
        const string mutation = "mutation { __typename }";

        using var post = await client.SendAsync(PostJson(new { query = mutation }));
        using var get = await client.SendAsync(Get(Json, ("query", mutation)));

        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, get.StatusCode);
    }

    [Fact]
    public async Task The_cache_can_be_turned_off()
    {
        await using var api = await ApiFactory.WithSample(new Dictionary<string, string?> { ["DocumentCache:Enabled"] = "false" });

        var first = await ExecuteAsync("{ hazards(first: 3) { nodes { id } } }", api);
        var again = await ExecuteAsync("{ hazards(first: 3) { nodes { id } } }", api);

        Assert.True(again.Executed);
        Assert.NotSame(first.Document, again.Document);
    }

    private Task<ExecutionResult> ExecuteAsync(string query) => ExecuteAsync(query, fixture.Api);

    private static async Task<ExecutionResult> ExecuteAsync(string query, ApiFactory api)
    {
        using var scope = api.Services.CreateScope();
        var executer = scope.ServiceProvider.GetRequiredService<IDocumentExecuter<KnowledgeGraphSchema>>();
        return await executer.ExecuteAsync(o =>
        {
            o.Query = query;
            o.RequestServices = scope.ServiceProvider;
        });
    }
}

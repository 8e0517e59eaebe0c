using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Xunit;

namespace KnowledgeGraph.Tests;

/// <summary>Each query limit is hit and answered with its code and status; every response reports its cost.</summary>
public sealed class QueryLimitTests(GraphQLSampleFixture fixture) : IClassFixture<GraphQLSampleFixture>
{
    private ApiFactory Api => fixture.Api;

    [Fact]
    public async Task Every_response_reports_its_cost_and_the_limit()
    {
        var response = await Api.GraphQLAsync("{ programs(first: 10) { nodes { name agencies { name } } } }");

        response.Data();
        var cost = response.At("extensions.cost");
        Assert.Equal(50_000, cost.At("limit").GetInt32());
        // The connection (1) + 10 programs + 10 × 10 agencies (the assumed size of a relationship list).
        Assert.Equal(111, cost.At("requested").GetDouble());
    }

    [Fact]
    public async Task A_query_deeper_than_15_levels_is_refused_before_execution()
    {
        var nested = string.Concat(Enumerable.Repeat("parent { ", 16)) + "id" + new string('}', 16);
        var before = Api.Store.StatementCount;

        var response = await Api.GraphQLAsync($"{{ program(id: \"program:dust-project\") {{ {nested} }} }}");

        Assert.Equal(["QUERY_TOO_COMPLEX"], response.ErrorCodes());
        Assert.False(response.TryGetProperty("data", out _));
        Assert.Equal(before, Api.Store.StatementCount);
    }

    [Fact]
    public async Task A_query_requesting_too_many_nodes_is_refused_with_its_cost()
    {
        var response = await Api.GraphQLAsync("{ programs(first: 100) { nodes { agencies { programs { agencies { programs { name } } } } } } }");

        Assert.Equal(["QUERY_TOO_COMPLEX"], response.ErrorCodes());
        Assert.True(response.At("extensions.cost.requested").GetDouble() > 50_000);
    }

    [Fact]
    public async Task More_than_50_aliases_are_refused()
    {
        var fields = string.Join(" ", Enumerable.Range(0, 51).Select(i => $"a{i}: hazards {{ totalCount }}"));

        var response = await Api.GraphQLAsync($"{{ {fields} }}");

        Assert.Contains("QUERY_TOO_COMPLEX", response.ErrorCodes());
        var fifty = string.Join(" ", Enumerable.Range(0, 50).Select(i => $"a{i}: hazard(id: \"hazard:dust\") {{ name }}"));
        (await Api.GraphQLAsync($"{{ {fifty} }}")).Data();
    }

    [Fact]
    public async Task Repeated_fields_count_as_aliases()
    {
        var fields = string.Join(" ", Enumerable.Repeat("hazards { totalCount }", 60));

        Assert.Contains("QUERY_TOO_COMPLEX", (await Api.GraphQLAsync($"{{ {fields} }}")).ErrorCodes());
    }

    [Fact]
    public async Task Query_text_over_16_KB_and_bodies_over_1_MB_are_413()
    {
        using var client = Api.CreateClient();
        var longQuery = "{ hazards { totalCount } }" + new string(' ', 17 * 1024);
        using var tooLong = new StringContent(JsonSerializer.Serialize(new { query = longQuery }), Encoding.UTF8, "application/json");
        using var tooBig = new StringContent(JsonSerializer.Serialize(new { query = "{ hazards { totalCount } }", variables = new { pad = new string('x', 1100 * 1024) } }), Encoding.UTF8, "application/json");

        var text = await client.PostAsync(new Uri("/graphql", UriKind.Relative), tooLong);
        var body = await client.PostAsync(new Uri("/graphql", UriKind.Relative), tooBig);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, text.StatusCode);
        Assert.Contains("QUERY_TOO_COMPLEX", await text.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, body.StatusCode);
        Assert.Contains("BAD_REQUEST", await body.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_over_the_execution_timeout_is_cancelled_with_code_TIMEOUT()
    {
        await using var api = new TimeoutFactory();
        await api.Store.ImportAsync(SampleGraph.Build(), "sample", CancellationToken.None);

        var response = await api.GraphQLAsync("{ programs { nodes { name } } }");

        Assert.Equal(["TIMEOUT"], response.ErrorCodes());
    }

    private sealed class TimeoutFactory : ApiFactory
    {
        public TimeoutFactory()
            : base(seed: false)
        {
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Limits:ExecutionTimeoutSeconds", "0");
        }
    }
}

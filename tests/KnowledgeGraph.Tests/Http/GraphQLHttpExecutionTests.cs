using System.Net;
using System.Numerics;
using GraphQL;
using GraphQL.Execution;
using KnowledgeGraph.Api;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Xunit;
using static KnowledgeGraph.Tests.GraphQLHttp;

namespace KnowledgeGraph.Tests;

/// <summary>What the endpoint hands the executer, and what it answers when the executer fails.</summary>
public sealed class GraphQLHttpExecutionTests : IDisposable
{
    private readonly GraphQLHttpFactory _factory = new();
    private readonly Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> _host;
    private readonly HttpClient _client;

    public GraphQLHttpExecutionTests()
    {
        _host = _factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.AddHttpContextAccessor();
            services.AddSingleton<RecordingExecuter>();
            services.RemoveAll<IDocumentExecuter<KnowledgeGraphSchema>>();
            services.AddSingleton<IDocumentExecuter<KnowledgeGraphSchema>>(sp => sp.GetRequiredService<RecordingExecuter>());
        }));
        _client = _host.CreateClient();
    }

    private RecordingExecuter Executer => _host.Services.GetRequiredService<RecordingExecuter>();

    [Fact]
    public async Task The_request_parameters_and_context_reach_the_executer()
    {
        var response = await _client.SendAsync(Post("""
            {"query":"query Q($n: Int) { __typename }","operationName":"Q",
             "variables":{"n":1,"big":12345678901234567890,"list":[1,"a",null],"obj":{"x":true}},
             "extensions":{"persistedQuery":{"version":1}}}
            """));
        Assert.True((await AssertData(response)).GetProperty("ok").GetBoolean());

        var options = Executer.Options!;
        var http = Executer.Request!.Value;
        Assert.Equal("query Q($n: Int) { __typename }", options.Query);
        Assert.Equal("Q", options.OperationName);
        Assert.Equal(1, options.Variables!["n"]);
        Assert.Equal(BigInteger.Parse("12345678901234567890", System.Globalization.CultureInfo.InvariantCulture), options.Variables["big"]);
        Assert.Equal(new object?[] { 1, "a", null }, (IEnumerable<object?>)options.Variables["list"]!);
        Assert.Equal(true, ((IReadOnlyDictionary<string, object?>)options.Variables["obj"]!)["x"]);
        Assert.Equal(1, ((IReadOnlyDictionary<string, object?>)options.Extensions!["persistedQuery"]!)["version"]);
        Assert.Same(http.Services, options.RequestServices);
        Assert.Same(http.User, options.User);
        Assert.Equal(http.Aborted, options.CancellationToken);
    }

    [Fact]
    public async Task Absent_parameters_reach_the_executer_as_null()
    {
        await AssertData(await _client.SendAsync(Get(Json, ("query", "{ __typename }"))));
        var options = Executer.Options!;
        Assert.Null(options.OperationName);
        Assert.Null(options.Variables);
        Assert.Null(options.Extensions);
    }

    [Theory]
    [InlineData(Json)]
    [InlineData(GraphQLResponse)]
    public async Task An_unexpected_failure_is_500_internal_with_a_trace_id_and_no_details(string accept)
    {
        Executer.Throw = new InvalidOperationException("secret detail");
        var response = await _client.SendAsync(PostJson(new { query = "{ __typename }" }, accept));
        var error = await AssertErrors(response, HttpStatusCode.InternalServerError, accept, "INTERNAL");
        Assert.DoesNotContain("secret", error.ToString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(error.GetProperty("extensions").GetProperty("traceId").GetString()));
    }

    [Fact]
    public void Status_codes_follow_the_result()
    {
        var executed = new ExecutionResult { Executed = true, Errors = [new ExecutionError("field error")] };
        var invalid = new ExecutionResult { Executed = false, Errors = [new ExecutionError("invalid")] };
        var crashed = new ExecutionResult { Executed = false, Errors = [new UnhandledError("crashed", new InvalidOperationException())] };

        Assert.Equal(200, GraphQLHttpEndpoint.StatusOf(executed, GraphQLMediaTypes.GraphQLResponse));
        Assert.Equal(400, GraphQLHttpEndpoint.StatusOf(invalid, GraphQLMediaTypes.GraphQLResponse));
        Assert.Equal(200, GraphQLHttpEndpoint.StatusOf(invalid, GraphQLMediaTypes.Json));
        Assert.Equal(500, GraphQLHttpEndpoint.StatusOf(crashed, GraphQLMediaTypes.Json));
    }

    public void Dispose()
    {
        _client.Dispose();
        _host.Dispose();
        _factory.Dispose();
    }
}

using BenchmarkDotNet.Attributes;
using GraphQL;
using KnowledgeGraph.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// Whole GraphQL requests, in process, on the curated graph: parsing, validation (or the document cache), cost
/// analysis, execution with the loaders and the store, and serialization, with the API's own registrations. Only
/// HTTP is left out, so the figures are the part of a request the query itself costs, with
/// <c>{ __typename }</c> as the floor.
/// </summary>
[MemoryDiagnoser]
public class GraphQLBenchmarks
{
    private static readonly Dictionary<string, string> Queries = new(StringComparer.Ordinal)
    {
        ["Floor"] = "{ __typename }",
        ["Lookup"] = """{ disease(id: "disease:pneumoconiosis") { id name } }""",
        ["Headline"] = """
            { diseases(where: { name: { eq: "Pneumoconiosis" } }) { nodes { name coveredBy(kind: DIALOGUE) { direct program { name startDate }
              path { steps { from { name } type to { name } evidence { source { title } quote } } } } } } }
            """,
        ["FilteredList"] = """
            { programs(where: { countries: { some: { id: { eq: "country:cn" } } }, hazards: { some: { category: { eq: DUST } } } },
              order: [{ startDate: DESC }]) { totalCount nodes { name kind startDate } } }
            """,
        ["Search"] = """{ search(text: "mine safety", first: 10) { score snippet entity { id name } } }""",
    };

    private WebApplication _app = null!;
    private IDocumentExecuter<KnowledgeGraphSchema> _executer = null!;
    private IGraphQLTextSerializer _serializer = null!;

    /// <summary>The query, by name.</summary>
    [Params("Floor", "Lookup", "Headline", "FilteredList", "Search")]
    public string Query { get; set; } = "Floor";

    /// <summary>Whether validated documents are reused (the default) or parsed and validated every time.</summary>
    [Params(true, false)]
    public bool DocumentCache { get; set; }

    /// <summary>Builds the API's services over the curated benchmark store (seeding off, limits out of the way).</summary>
    [GlobalSetup]
    public async Task SetupAsync()
    {
        // Builds the store on first use; the API's services open their own.
        (await BenchmarkStores.OpenAsync(1, CancellationToken.None)).Dispose();

        var builder = WebApplication.CreateBuilder();
        builder.Configuration["Logging:LogLevel:Default"] = "Warning";
        builder.Configuration["Store:Kind"] = "Sqlite";
        builder.Configuration["Store:Sqlite:Path"] = BenchmarkStores.PathOf(1);
        builder.Configuration["Seed:Enabled"] = "false";
        builder.Configuration["DocumentCache:Enabled"] = DocumentCache ? "true" : "false";
        builder.AddGraphStore();
        builder.AddApiServices();
        builder.AddCuratorAuthentication();
        builder.AddCuration();
        builder.AddGraphQLApi();
        _app = builder.Build();
        _executer = _app.Services.GetRequiredService<IDocumentExecuter<KnowledgeGraphSchema>>();
        _serializer = _app.Services.GetRequiredService<IGraphQLTextSerializer>();
        await RunAsync();
    }

    /// <summary>Disposes the services (and the store's connections).</summary>
    [GlobalCleanup]
    public async Task CleanupAsync() => await _app.DisposeAsync();

    /// <summary>One request: execute in its own scope, as the endpoint does, and serialize the result.</summary>
    [Benchmark]
    public async Task RunAsync()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var result = await _executer.ExecuteAsync(new ExecutionOptions
        {
            Query = Queries[Query],
            RequestServices = scope.ServiceProvider,
        });
        if (result.Errors is { Count: > 0 } errors)
        {
            throw new InvalidOperationException(errors[0].Message);
        }

        await _serializer.WriteAsync(Stream.Null, result);
    }
}

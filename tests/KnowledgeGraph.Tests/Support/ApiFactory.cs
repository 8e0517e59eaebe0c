using System.Text.Json;
using GraphQL;
using KnowledgeGraph.Api;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Store.Sqlite;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Tests;

/// <summary>
/// The API host over a fresh SQLite file. By default it seeds itself from the built-in dataset, as
/// <c>dotnet run</c> does; <see cref="WithSample"/> gives a host holding the small sample graph instead.
/// </summary>
public class ApiFactory : WebApplicationFactory<Program>
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "kg-api-" + Guid.NewGuid().ToString("N"));
    private readonly bool _seed;

    public ApiFactory()
        : this(seed: true)
    {
    }

    protected ApiFactory(bool seed)
    {
        _seed = seed;
        Directory.CreateDirectory(_directory);
    }

    public string DatabasePath => Path.Combine(_directory, "graph.db");

    /// <summary>Configuration overrides (e.g. <c>Limits:RequestsPerMinute</c>); set before the host starts.</summary>
    public Dictionary<string, string?> Settings { get; } = new(StringComparer.Ordinal);

    public SqliteGraphStore Store => Services.GetRequiredService<SqliteGraphStore>();

    /// <summary>Statements the host's store has sent, whichever store it runs on.</summary>
    public long StatementCount => Services.GetRequiredService<IGraphStore>() switch
    {
        SqliteGraphStore sqlite => sqlite.StatementCount,
        KnowledgeGraph.Store.Neo4j.Neo4jGraphStore neo4j => neo4j.StatementCount,
        var other => throw new InvalidOperationException($"Unknown store {other.GetType().Name}."),
    };

    /// <summary>A host holding <see cref="SampleGraph"/>.</summary>
    public static async Task<ApiFactory> WithSample(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var factory = new SampleApiFactory();
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            factory.Settings[key] = value;
        }

        await factory.Store.ImportAsync(SampleGraph.Build(), "sample", CancellationToken.None);
        return factory;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Store:Sqlite:Path", DatabasePath);
        builder.UseSetting("Seed:Enabled", _seed ? "true" : "false");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>Runs a GraphQL request in-process and returns the serialized response.</summary>
    public async Task<JsonElement> GraphQLAsync(string query, object? variables = null)
    {
        using var scope = Services.CreateScope();
        var executer = scope.ServiceProvider.GetRequiredService<IDocumentExecuter<KnowledgeGraphSchema>>();
        var serializer = scope.ServiceProvider.GetRequiredService<IGraphQLTextSerializer>();
        var result = await executer.ExecuteAsync(o =>
        {
            o.Query = query;
            o.Variables = variables is null ? null : serializer.Deserialize<Inputs>(JsonSerializer.Serialize(variables));
            o.RequestServices = scope.ServiceProvider;
        });
        return JsonDocument.Parse(serializer.Serialize(result)).RootElement.Clone();
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: the OS cleans its temp directory.
        }
    }

    private sealed class SampleApiFactory() : ApiFactory(seed: false);
}

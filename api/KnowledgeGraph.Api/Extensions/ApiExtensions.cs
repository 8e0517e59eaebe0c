using KnowledgeGraph.Graph;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace KnowledgeGraph.Api;

/// <summary>Registers and maps the HTTP surface.</summary>
public static class ApiExtensions
{
    /// <summary>Health checks, problem details.</summary>
    public static IHostApplicationBuilder AddApiServices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails();
        builder.Services.AddHealthChecks().AddCheck<StoreHealthCheck>("store", tags: ["ready"]);
        return builder;
    }

    /// <summary>Maps the health endpoints and the service index.</summary>
    public static WebApplication MapApiEndpoints(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });

        app.MapGet("/api/v1", async (IGraphStore store, CancellationToken cancellationToken) =>
            {
                var stats = await store.GetStatisticsAsync(cancellationToken).ConfigureAwait(false);
                return TypedResults.Ok(new ServiceIndex(
                    "Occupational Safety Knowledge Graph",
                    stats.NodeCount,
                    stats.RelationshipCount,
                    stats.NodesByLabel,
                    new Dictionary<string, string> { ["graphql"] = "/graphql", ["health"] = "/health/ready" }));
            })
            .WithName("GetServiceIndex")
            .WithSummary("What this service holds and where to find it.")
            .WithTags("Service");
        return app;
    }
}

/// <summary>The service index: the graph's size and the entry points.</summary>
public sealed record ServiceIndex(string Name, long Nodes, long Relationships, IReadOnlyDictionary<string, long> NodesByLabel, IReadOnlyDictionary<string, string> Links);

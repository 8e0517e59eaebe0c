using KnowledgeGraph.Graph;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KnowledgeGraph.Api;

/// <summary>The service index: the graph's size and the entry points.</summary>
/// <param name="Name">The service's name.</param>
/// <param name="Nodes">All nodes.</param>
/// <param name="Relationships">All relationships.</param>
/// <param name="NodesByLabel">Node count per label.</param>
/// <param name="Links">Where to go next: GraphQL, health, the OpenAPI document and each collection.</param>
public sealed record ServiceIndex(string Name, long Nodes, long Relationships, IReadOnlyDictionary<string, long> NodesByLabel, IReadOnlyDictionary<string, string> Links);

/// <summary><c>GET /api/v1</c>: what this service holds and where to find it.</summary>
public static class ServiceIndexEndpoints
{
    /// <summary>Maps the service index.</summary>
    public static RouteGroupBuilder MapServiceIndex(this RouteGroupBuilder api)
    {
        api.MapGet("/", GetAsync)
            .WithName("getServiceIndex")
            .WithSummary("What this service holds and where to find it")
            .WithDescription("The graph's size, node counts per label and links to GraphQL, health, the OpenAPI document and every collection.")
            .WithTags("Service");
        return api;
    }

    /// <summary>The service index.</summary>
    public static async Task<Ok<ServiceIndex>> GetAsync(IGraphStore store, CancellationToken cancellationToken)
    {
        var stats = await store.GetStatisticsAsync(cancellationToken).ConfigureAwait(false);
        var links = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["graphql"] = "/graphql",
            ["health"] = "/health/ready",
            ["openapi"] = "/swagger/v1/swagger.json",
            ["swagger"] = "/swagger",
            ["search"] = "/api/v1/search",
            ["paths"] = "/api/v1/paths",
            ["stats"] = "/api/v1/stats",
            ["export"] = "/api/v1/export",
        };
        foreach (var label in Ontology.Labels)
        {
            links[label.Plural] = "/api/v1/" + label.Plural;
        }

        return TypedResults.Ok(new ServiceIndex(
            "Occupational Safety Knowledge Graph",
            stats.NodeCount,
            stats.RelationshipCount,
            new SortedDictionary<string, long>(stats.NodesByLabel.ToDictionary(), StringComparer.Ordinal),
            links));
    }
}

using Microsoft.AspNetCore.Http.HttpResults;

namespace KnowledgeGraph.Api;

/// <summary><c>GET /api/v1/stats</c>: the figures a dashboard charts.</summary>
public static class StatisticsEndpoints
{
    /// <summary>Maps the statistics endpoint.</summary>
    public static RouteGroupBuilder MapStatistics(this RouteGroupBuilder api)
    {
        api.MapGet("/stats", GetAsync)
            .WithName("getStatistics")
            .WithSummary("Get the figures for charts")
            .WithDescription("Counts per label and relationship type, programs and events per year, events per country, hazards and diseases ranked by the programs covering them, and evidence per source. Computed once per imported dataset.")
            .WithTags("Statistics");
        return api;
    }

    /// <summary>The statistics of the graph.</summary>
    public static async Task<Ok<Statistics>> GetAsync(StatisticsService statistics, CancellationToken cancellationToken) =>
        TypedResults.Ok(await statistics.GetAsync(cancellationToken).ConfigureAwait(false));
}

using KnowledgeGraph.Graph;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KnowledgeGraph.Api;

/// <summary><c>GET /api/v1/search</c>: full-text search over names, aliases, descriptions and evidence quotes.</summary>
public static class SearchEndpoints
{
    /// <summary>Maps the search endpoint.</summary>
    public static RouteGroupBuilder MapSearch(this RouteGroupBuilder api)
    {
        api.MapGet("/search", SearchAsync)
            .WithName("search")
            .WithSummary("Search the graph")
            .WithDescription("Full-text search over names, aliases, descriptions and evidence quotes; a name or alias match ranks above a mention. Any text is safe: it is searched for, never interpreted.")
            .WithTags("Search")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return api;
    }

    /// <summary>The best hits for a text.</summary>
    /// <param name="q">The text to search for.</param>
    /// <param name="types">Only these labels, comma-separated (Disease,Hazard or diseases,hazards).</param>
    /// <param name="limit">How many hits at most (1–100, default 20).</param>
    /// <param name="store">The graph store.</param>
    /// <param name="cancellationToken">Aborted with the request.</param>
    public static async Task<Results<Ok<SearchResults>, ProblemHttpResult>> SearchAsync(
        string? q, string? types, int? limit, IGraphStore store, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(q))
        {
            return Problems.BadParameter("q", "is required: the text to search for.");
        }

        var first = limit ?? PageRequest.DefaultSize;
        if (first is < 1 or > CollectionFilters.MaxLimit)
        {
            return Problems.BadParameter("limit", $"must be between 1 and {CollectionFilters.MaxLimit}; got {first}.");
        }

        List<string>? labels = null;
        if (!string.IsNullOrWhiteSpace(types))
        {
            labels = [];
            foreach (var name in types.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var label = Ontology.Labels.FirstOrDefault(l => l.Name.Equals(name, StringComparison.OrdinalIgnoreCase) || l.Plural.Equals(name, StringComparison.OrdinalIgnoreCase));
                if (label is null)
                {
                    return Problems.BadParameter("types", $"'{name}' is not a label; use {string.Join(", ", Ontology.Labels.Select(l => l.Name))}.");
                }

                labels.Add(label.Name);
            }
        }

        var hits = await store.SearchAsync(q, labels, first, cancellationToken).ConfigureAwait(false);
        var nodes = await EntityEndpoints.NodesAsync(store, hits.Select(h => h.NodeId), cancellationToken).ConfigureAwait(false);
        var items = hits.Select(h => new SearchResult(EntityRef.Of(h.NodeId, nodes), h.Score, h.Snippet)).ToList();
        return TypedResults.Ok(new SearchResults(q, items));
    }
}

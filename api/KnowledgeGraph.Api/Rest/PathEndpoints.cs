using KnowledgeGraph.Graph;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KnowledgeGraph.Api;

/// <summary><c>GET /api/v1/paths</c>: the shortest connections between two entities.</summary>
public static class PathEndpoints
{
    /// <summary>The longest path one may ask for (GraphQL's default limit too); longer searches grow fast.</summary>
    public const int MaxLength = 6;

    /// <summary>The most paths one may ask for.</summary>
    public const int MaxPaths = 20;

    /// <summary>Maps the paths endpoint.</summary>
    public static RouteGroupBuilder MapPaths(this RouteGroupBuilder api)
    {
        api.MapGet("/paths", FindAsync)
            .WithName("findPaths")
            .WithSummary("Find how two entities are connected")
            .WithDescription("The shortest paths between two entities, walking relationships in either direction; each step shows the relationship with its true start and end, and its evidence.")
            .WithTags("Search")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    /// <summary>The shortest paths between two entities.</summary>
    /// <param name="from">The id of the first entity.</param>
    /// <param name="to">The id of the last entity.</param>
    /// <param name="maxLength">The most steps a path may have (1–6, default 4).</param>
    /// <param name="limit">How many paths at most (1–20, default 5).</param>
    /// <param name="store">The graph store.</param>
    /// <param name="cancellationToken">Aborted with the request.</param>
    public static async Task<Results<Ok<PathList>, ProblemHttpResult>> FindAsync(
        string? from, string? to, int? maxLength, int? limit, IGraphStore store, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(from))
        {
            return Problems.BadParameter("from", "is required: the id of the first entity.");
        }

        if (string.IsNullOrWhiteSpace(to))
        {
            return Problems.BadParameter("to", "is required: the id of the last entity.");
        }

        var length = maxLength ?? 4;
        if (length is < 1 or > MaxLength)
        {
            return Problems.BadParameter("maxLength", $"must be between 1 and {MaxLength}; got {length}.");
        }

        var first = limit ?? 5;
        if (first is < 1 or > MaxPaths)
        {
            return Problems.BadParameter("limit", $"must be between 1 and {MaxPaths}; got {first}.");
        }

        var ends = await EntityEndpoints.NodesAsync(store, [from, to], cancellationToken).ConfigureAwait(false);
        if (!ends.ContainsKey(from))
        {
            return Problems.UnknownId("from", from);
        }

        if (!ends.ContainsKey(to))
        {
            return Problems.UnknownId("to", to);
        }

        var paths = await store.FindPathsAsync(from, to, length, first, cancellationToken).ConfigureAwait(false);
        var nodes = await EntityEndpoints.NodesAsync(store, paths.SelectMany(p => p.NodeIds), cancellationToken).ConfigureAwait(false);
        var items = paths
            .Select(p => new PathResult(p.Length, p.NodeIds.Select(id => EntityRef.Of(id, nodes)).ToList(), EntityEndpoints.Steps(p, nodes)))
            .ToList();
        return TypedResults.Ok(new PathList(from, to, items));
    }
}

using KnowledgeGraph.Graph;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KnowledgeGraph.Api;

/// <summary><c>GET /api/v1/export</c>: the whole graph as a download.</summary>
public static class ExportEndpoints
{
    /// <summary>Maps the export endpoint.</summary>
    public static RouteGroupBuilder MapExport(this RouteGroupBuilder api)
    {
        api.MapGet("/export", ExportAsync)
            .WithName("exportGraph")
            .WithSummary("Download the whole graph")
            .WithDescription("Every node and relationship with its evidence, as a file: `json` (`{nodes, relationships}`, importable as it is), `csv` (a zip of nodes.csv and relationships.csv in neo4j-admin import's header style, lists joined with `;`), `graphml` (for Gephi, Cytoscape, yEd) or `cypher` (a script for cypher-shell or Neo4j Browser, schema first).")
            .WithTags("Export")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return api;
    }

    /// <summary>The whole graph in one format.</summary>
    /// <param name="format">json (default), csv, graphml or cypher.</param>
    /// <param name="store">The graph store.</param>
    /// <param name="cancellationToken">Aborted with the request.</param>
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportAsync(string? format, IGraphStore store, CancellationToken cancellationToken)
    {
        var chosen = ExportFormats.Find(format ?? "json");
        if (chosen is null)
        {
            return Problems.BadParameter("format", $"'{format}' is not one of {string.Join(", ", ExportFormats.All.Select(f => f.Name))}.");
        }

        var dataset = await store.ExportAsync(cancellationToken).ConfigureAwait(false);

        // The graph is a few thousand facts at most: buffering gives a Content-Length and a clean error before any byte is sent.
        using var buffer = new MemoryStream();
        chosen.Write(dataset, buffer);
        return TypedResults.File(buffer.ToArray(), chosen.MediaType, chosen.FileName);
    }
}

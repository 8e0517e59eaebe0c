using KnowledgeGraph.Graph;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KnowledgeGraph.Api;

/// <summary>Marks a collection endpoint with its label, for the OpenAPI document's per-label parameters.</summary>
/// <param name="Label">The label listed.</param>
public sealed record CollectionMetadata(LabelDefinition Label);

/// <summary><c>GET /api/v1/{collection}</c>: one filtered, sorted, paged list per label of the contract.</summary>
public static class CollectionEndpoints
{
    /// <summary>Maps one endpoint per label (<c>/hazards</c>, <c>/diseases</c> ...).</summary>
    public static RouteGroupBuilder MapCollections(this RouteGroupBuilder api)
    {
        foreach (var label in Ontology.Labels)
        {
            var pascal = char.ToUpperInvariant(label.Plural[0]) + label.Plural[1..];
            api.MapGet("/" + label.Plural, ([AsParameters] CollectionQuery query, IGraphStore store, CancellationToken cancellationToken) =>
                    ListAsync(label, query, store, cancellationToken))
                .WithName("list" + pascal)
                .WithSummary($"List {label.Plural}")
                .WithDescription($"{label.Description} Filter, sort and page through them; `total` counts every match, `nextCursor` fetches the next page.")
                .WithTags("Collections")
                .WithMetadata(new CollectionMetadata(label))
                .ProducesProblem(StatusCodes.Status400BadRequest);
        }

        return api;
    }

    /// <summary>One page of a label's entities and the total matching the filters.</summary>
    public static async Task<Results<Ok<EntityPage>, ProblemHttpResult>> ListAsync(LabelDefinition label, CollectionQuery query, IGraphStore store, CancellationToken cancellationToken)
    {
        var (nodeQuery, parameter, error) = CollectionFilters.Build(label, query);
        if (nodeQuery is null)
        {
            return Problems.BadParameter(parameter!, error!);
        }

        var page = await store.QueryNodesAsync(nodeQuery, cancellationToken).ConfigureAwait(false);
        var total = await store.CountNodesAsync(label.Name, nodeQuery.Where, cancellationToken).ConfigureAwait(false);
        var next = page.HasNextPage && page.Items.Count > 0 ? page.Items[^1].Cursor : null;
        return TypedResults.Ok(new EntityPage(page.Items.Select(i => Entity.Of(i.Node)).ToList(), next, total));
    }
}

using KnowledgeGraph.Graph;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KnowledgeGraph.Api;

/// <summary><c>GET /api/v1/entities/{id}</c> and what hangs off one entity: its neighbours and, for diseases and hazards, coverage.</summary>
public static class EntityEndpoints
{
    /// <summary>Maps the entity endpoints.</summary>
    public static RouteGroupBuilder MapEntities(this RouteGroupBuilder api)
    {
        api.MapGet("/entities/{id}", GetAsync)
            .WithName("getEntity")
            .WithSummary("Get one entity")
            .WithDescription("Any node by its id (`disease:pneumoconiosis`, `agency:dol` ...), with its properties and evidence.")
            .WithTags("Entities")
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/entities/{id}/neighbours", NeighboursAsync)
            .WithName("listNeighbours")
            .WithSummary("List an entity's relationships")
            .WithDescription("The entity's relationships, optionally of one `type` and `direction`, each with its evidence and the node at the other end.")
            .WithTags("Entities")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/entities/{id}/coverage", CoverageAsync)
            .WithName("listCoverage")
            .WithSummary("List the programs covering a disease or hazard")
            .WithDescription("A program covers a disease when it ADDRESSES it (direct), ADDRESSES a hazard that CAUSES it, has an event that COVERED either, or has a subprogram that covers it; for a hazard, the same without CAUSES. Direct first, then by path length. Only for diseases and hazards.")
            .WithTags("Entities")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    /// <summary>One entity.</summary>
    public static async Task<Results<Ok<Entity>, ProblemHttpResult>> GetAsync(string id, IGraphStore store, CancellationToken cancellationToken)
    {
        var node = (await store.GetNodesAsync([id], cancellationToken).ConfigureAwait(false)).FirstOrDefault();
        return node is null ? Problems.UnknownId("id", id) : TypedResults.Ok(Entity.Of(node));
    }

    /// <summary>An entity's relationships and the nodes at their other ends.</summary>
    /// <param name="id">The entity's id.</param>
    /// <param name="type">Only relationships of this type, e.g. PARTICIPATES_IN.</param>
    /// <param name="direction">out (the entity is the start), in (the end) or both (default).</param>
    /// <param name="store">The graph store.</param>
    /// <param name="cancellationToken">Aborted with the request.</param>
    public static async Task<Results<Ok<NeighbourList>, ProblemHttpResult>> NeighboursAsync(
        string id, string? type, string? direction, IGraphStore store, CancellationToken cancellationToken)
    {
        if (type is not null && !Ontology.RelationshipTypes.Contains(type))
        {
            return Problems.BadParameter("type", $"'{type}' is not a relationship type; use one of {string.Join(", ", Ontology.RelationshipTypes)}.");
        }

        if (!TryParseDirection(direction, out var dir))
        {
            return Problems.BadParameter("direction", $"'{direction}' is not one of out, in, both.");
        }

        var node = (await store.GetNodesAsync([id], cancellationToken).ConfigureAwait(false)).FirstOrDefault();
        if (node is null)
        {
            return Problems.UnknownId("id", id);
        }

        var rels = await store.GetRelationshipsAsync([id], type, dir, null, cancellationToken).ConfigureAwait(false);
        var others = await NodesAsync(store, rels.Select(r => r.Other(id)), cancellationToken).ConfigureAwait(false);
        var items = rels
            .Select(r => new Neighbour(r.Type, r.From == id ? "OUT" : "IN", r.Properties, SourceQuote.Of(r.Evidence), EntityRef.Of(r.Other(id), others)))
            .OrderBy(n => n.Type, StringComparer.Ordinal).ThenBy(n => n.Direction, StringComparer.Ordinal)
            .ThenBy(n => n.Node.Name, StringComparer.Ordinal).ThenBy(n => n.Node.Id, StringComparer.Ordinal)
            .ToList();
        return TypedResults.Ok(new NeighbourList(id, items));
    }

    /// <summary>The programs covering a disease or hazard.</summary>
    /// <param name="id">A disease or hazard id.</param>
    /// <param name="kind">Only programs of this kind, e.g. DIALOGUE.</param>
    /// <param name="store">The graph store.</param>
    /// <param name="cancellationToken">Aborted with the request.</param>
    public static async Task<Results<Ok<CoverageList>, ProblemHttpResult>> CoverageAsync(
        string id, string? kind, IGraphStore store, CancellationToken cancellationToken)
    {
        if (kind is not null && !Ontology.ProgramKinds.Contains(kind.ToUpperInvariant()))
        {
            return Problems.BadParameter("kind", $"'{kind}' is not one of {string.Join(", ", Ontology.ProgramKinds)}.");
        }

        var node = (await store.GetNodesAsync([id], cancellationToken).ConfigureAwait(false)).FirstOrDefault();
        if (node is null)
        {
            return Problems.UnknownId("id", id);
        }

        if (node.Label is not ("Disease" or "Hazard"))
        {
            return Problems.BadParameter("id", $"coverage is defined for diseases and hazards; '{id}' is of label {node.Label}.");
        }

        var coverage = await store.GetCoverageAsync([id], kind?.ToUpperInvariant(), cancellationToken).ConfigureAwait(false);
        var nodes = await NodesAsync(store, coverage.SelectMany(c => c.Path.NodeIds.Append(c.ProgramId)), cancellationToken).ConfigureAwait(false);
        var items = coverage
            .Where(c => nodes.ContainsKey(c.ProgramId))
            .Select(c => new CoverageItem(Entity.Of(nodes[c.ProgramId]), c.Direct, c.Path.Length, Steps(c.Path, nodes)))
            .ToList();
        return TypedResults.Ok(new CoverageList(id, items));
    }

    /// <summary>The steps of a path, each relationship with its true start and end.</summary>
    internal static IReadOnlyList<PathStep> Steps(GraphPath path, IReadOnlyDictionary<string, GraphNode> nodes) =>
        path.Steps.Select(s => new PathStep(EntityRef.Of(s.From, nodes), s.Type, EntityRef.Of(s.To, nodes), SourceQuote.Of(s.Evidence))).ToList();

    /// <summary>The nodes with these ids, by id, in one round trip.</summary>
    internal static async Task<IReadOnlyDictionary<string, GraphNode>> NodesAsync(IGraphStore store, IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var distinct = ids.Distinct(StringComparer.Ordinal).ToList();
        var nodes = distinct.Count == 0 ? [] : await store.GetNodesAsync(distinct, cancellationToken).ConfigureAwait(false);
        return nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
    }

    private static bool TryParseDirection(string? text, out Direction direction)
    {
        direction = Direction.Both;
        switch (text?.ToUpperInvariant())
        {
            case null or "BOTH":
                return true;
            case "OUT":
                direction = Direction.Out;
                return true;
            case "IN":
                direction = Direction.In;
                return true;
            default:
                return false;
        }
    }
}

using KnowledgeGraph.Dataset;
using KnowledgeGraph.Graph;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api;

/// <summary>
/// Curator writes for both front doors: builds the new state, validates it as the loader validates the dataset
/// (<see cref="ChangeValidator"/>), and hands it to the store, which applies it atomically with its audit entry.
/// </summary>
public sealed class CurationService(IGraphStore store, IOptions<CurationOptions> options, ILogger<CurationService> logger)
{
    private readonly Lazy<string?> _corpus = new(() =>
    {
        var found = CorpusLocator.Find(options.Value.CorpusDirectory);
        if (found is null)
        {
            logger.LogWarning("No corpus directory: curator quotes are checked for everything but being verbatim in their document.");
        }

        return found;
    });

    /// <summary>Creates a node.</summary>
    public async Task<GraphNode> CreateEntityAsync(CreateEntityInput input, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var label = NodeId.LabelOf(input.Id) ?? throw new GraphQueryException($"'{input.Id}' does not start with a known label prefix (hazard:, disease:, program: …).");
        var node = new GraphNode(input.Id, label.Name, input.Name, input.Description, input.Aliases ?? [], Apply(new Dictionary<string, string>(), input.Properties), input.Evidence ?? []);
        await ValidateAsync([node], [], cancellationToken).ConfigureAwait(false);
        var result = await store.WriteAsync(new GraphWrite(WriteOperation.CreateNode, node.Id, node, null, null, actor), cancellationToken).ConfigureAwait(false);
        return node with { Version = result.Version };
    }

    /// <summary>Updates a node at the version the curator read.</summary>
    public async Task<GraphNode> UpdateEntityAsync(UpdateEntityInput input, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var current = await RequireNodeAsync(input.Id, cancellationToken).ConfigureAwait(false);
        var node = current with
        {
            Name = input.Name ?? current.Name,
            Description = input.Description ?? current.Description,
            Aliases = input.Aliases ?? current.Aliases,
            Properties = Apply(current.Properties.ToDictionary(), input.Properties),
            Evidence = input.Evidence ?? current.Evidence,
        };
        await ValidateAsync([node], [], cancellationToken).ConfigureAwait(false);
        var result = await store.WriteAsync(new GraphWrite(WriteOperation.UpdateNode, node.Id, node, null, input.ExpectedVersion, actor), cancellationToken).ConfigureAwait(false);
        return node with { Version = result.Version };
    }

    /// <summary>Deletes a node and its relationships; returns the audit entry.</summary>
    public async Task<AuditEntry> DeleteEntityAsync(string id, long expectedVersion, string actor, CancellationToken cancellationToken) =>
        (await store.WriteAsync(new GraphWrite(WriteOperation.DeleteNode, id, null, null, expectedVersion, actor), cancellationToken).ConfigureAwait(false)).Audit;

    /// <summary>Creates a relationship; returns it as seen from its start node.</summary>
    public async Task<Related> CreateFactAsync(CreateFactInput input, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var rel = new GraphRelationship(input.Type, input.From, input.To, Apply(new Dictionary<string, string>(), input.Properties), input.Evidence ?? []);
        await ValidateAsync([], [rel], cancellationToken).ConfigureAwait(false);
        var result = await store.WriteAsync(new GraphWrite(WriteOperation.CreateRelationship, rel.Id, null, rel, null, actor), cancellationToken).ConfigureAwait(false);
        return await ViewAsync(rel with { Version = result.Version }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Updates a relationship's properties or evidence at the version the curator read.</summary>
    public async Task<Related> UpdateFactAsync(UpdateFactInput input, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var current = await RequireRelationshipAsync(input.Id, cancellationToken).ConfigureAwait(false);
        var rel = current with { Properties = Apply(current.Properties.ToDictionary(), input.Properties), Evidence = input.Evidence ?? current.Evidence };
        await ValidateAsync([], [rel], cancellationToken).ConfigureAwait(false);
        var result = await store.WriteAsync(new GraphWrite(WriteOperation.UpdateRelationship, rel.Id, null, rel, input.ExpectedVersion, actor), cancellationToken).ConfigureAwait(false);
        return await ViewAsync(rel with { Version = result.Version }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Deletes a relationship; returns the audit entry.</summary>
    public async Task<AuditEntry> DeleteFactAsync(string id, long expectedVersion, string actor, CancellationToken cancellationToken) =>
        (await store.WriteAsync(new GraphWrite(WriteOperation.DeleteRelationship, id, null, null, expectedVersion, actor), cancellationToken).ConfigureAwait(false)).Audit;

    // The nodes the change refers to (ends, cited sources) and, for single-valued shapes, the start's stored relationships.
    private async Task ValidateAsync(IReadOnlyList<GraphNode> nodes, IReadOnlyList<GraphRelationship> rels, CancellationToken cancellationToken)
    {
        var referenced = nodes.SelectMany(n => n.Evidence).Concat(rels.SelectMany(r => r.Evidence)).Select(e => e.Source)
            .Concat(rels.SelectMany(r => new[] { r.From, r.To }))
            .Where(id => id is not null)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var context = await store.GetNodesAsync(referenced, cancellationToken).ConfigureAwait(false);
        var contextRels = new List<GraphRelationship>();
        foreach (var rel in rels)
        {
            if (NodeId.LabelOf(rel.From) is { } from && NodeId.LabelOf(rel.To) is { } to
                && Ontology.Relationship(rel.Type, from.Name, to.Name) is { OutSingle: true } shape)
            {
                contextRels.AddRange(await store.GetRelationshipsAsync([rel.From], rel.Type, Direction.Out, shape.To, cancellationToken).ConfigureAwait(false));
            }
        }

        // The single-valued rule needs the other end of a stored relationship defined too.
        var others = contextRels.Select(r => r.To).Except(context.Select(n => n.Id), StringComparer.Ordinal).ToList();
        var allContext = others.Count == 0 ? context : [.. context, .. await store.GetNodesAsync(others, cancellationToken).ConfigureAwait(false)];
        var errors = ChangeValidator.Validate(nodes, rels, allContext, contextRels, _corpus.Value);
        if (errors.Count > 0)
        {
            throw new GraphQueryException(ErrorCodes.Validation, "The change breaks the dataset's rules; nothing was written: " + string.Join("; ", errors));
        }
    }

    private async Task<GraphNode> RequireNodeAsync(string id, CancellationToken cancellationToken) =>
        (await store.GetNodesAsync([id], cancellationToken).ConfigureAwait(false)).FirstOrDefault()
            ?? throw new GraphQueryException(ErrorCodes.NotFound, $"'{id}' does not exist.");

    private async Task<GraphRelationship> RequireRelationshipAsync(string id, CancellationToken cancellationToken)
    {
        var (from, type, _) = GraphRelationship.ParseId(id);
        var found = await store.GetRelationshipsAsync([from], type, Direction.Out, null, cancellationToken).ConfigureAwait(false);
        return found.FirstOrDefault(r => r.Id == id) ?? throw new GraphQueryException(ErrorCodes.NotFound, $"'{id}' does not exist.");
    }

    private async Task<Related> ViewAsync(GraphRelationship rel, CancellationToken cancellationToken)
    {
        var to = (await store.GetNodesAsync([rel.To], cancellationToken).ConfigureAwait(false)).FirstOrDefault()
            ?? throw new GraphQueryException(ErrorCodes.NotFound, $"'{rel.To}' does not exist.");
        return new Related(rel, Direction.Out, to);
    }

    private static Dictionary<string, string> Apply(Dictionary<string, string> properties, IReadOnlyList<PropertyInput>? changes)
    {
        foreach (var change in changes ?? [])
        {
            if (change.Value is null)
            {
                properties.Remove(change.Name);
            }
            else
            {
                properties[change.Name] = change.Value;
            }
        }

        return properties;
    }
}

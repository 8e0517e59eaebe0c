using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Graph;
using static KnowledgeGraph.Api.ScalarTypes;

namespace KnowledgeGraph.Api;

/// <summary>
/// Curator writes: create, update and delete entities and facts. Each needs an API key or bearer token with the
/// <c>curator</c> role, carries evidence validated as the loader validates the dataset, is atomic and audited, and
/// names the version it edits (optimistic concurrency: CONFLICT when someone else changed it first).
/// </summary>
public static class MutationType
{
    /// <summary>Builds the mutation root and adds <c>changes</c> (the audit) to the query root.</summary>
    public static ObjectGraphType Build(CommonTypes common, ObjectGraphType query)
    {
        var evidence = Input("EvidenceInput", "A source and a verbatim quote (at most 300 characters) from it that states the fact.",
            ("source", NonNull(IdType), "The source's id, e.g. source:ilo-china-news."),
            ("quote", NonNull(StringType), "The verbatim excerpt."));
        var property = Input("PropertyInput", "A property value as the dataset writes it; a null value removes the property.",
            ("name", NonNull(StringType), "The property's name in the ontology (category, startDate, kind, role …)."),
            ("value", StringType, "The value; null removes it."));
        var evidenceList = new ListGraphType(new NonNullGraphType(evidence));
        var propertyList = new ListGraphType(new NonNullGraphType(property));
        var aliases = new ListGraphType(new NonNullGraphType(StringType));
        var version = NonNull(IntType);

        var createEntity = Input("CreateEntityInput", "A new entity, in full.",
            ("id", NonNull(IdType), "The new id; its prefix names the type (hazard:, disease:, program: …)."),
            ("name", NonNull(StringType), "The display name."),
            ("description", StringType, "A one-sentence summary of what the sources say."),
            ("aliases", aliases, "Other names and acronyms."),
            ("properties", propertyList, "The type's own properties."),
            ("evidence", NonNull(evidenceList), "At least one source and quote stating the entity's facts."));
        var updateEntity = Input("UpdateEntityInput", "A change to an entity: what is given replaces what was; properties are set one by one.",
            ("id", NonNull(IdType), "The entity."),
            ("expectedVersion", version, "The version you read; if the entity changed since, the update is refused with CONFLICT."),
            ("name", StringType, "A new name."),
            ("description", StringType, "A new description."),
            ("aliases", aliases, "The new aliases, replacing the old."),
            ("properties", propertyList, "Properties to set (or remove with a null value)."),
            ("evidence", evidenceList, "The new evidence, replacing the old."));
        var deleteInput = Input("DeleteInput", "What to delete, at the version you read.",
            ("id", NonNull(IdType), "The entity's id, or the fact's id (from|TYPE|to)."),
            ("expectedVersion", version, "The version you read; if it changed since, the deletion is refused with CONFLICT."));
        var createFact = Input("CreateFactInput", "A new relationship between two existing entities.",
            ("from", NonNull(IdType), "The start entity."),
            ("type", NonNull(StringType), "The relationship type, e.g. ADDRESSES or PARTICIPATES_IN."),
            ("to", NonNull(IdType), "The end entity."),
            ("properties", propertyList, "The type's properties (role on PARTICIPATES_IN and ATTENDED, title on MEMBER_OF)."),
            ("evidence", NonNull(evidenceList), "At least one source and quote stating the relationship."));
        var updateFact = Input("UpdateFactInput", "A change to a relationship's properties or evidence.",
            ("id", NonNull(IdType), "The fact's id (from|TYPE|to)."),
            ("expectedVersion", version, "The version you read; if it changed since, the update is refused with CONFLICT."),
            ("properties", propertyList, "Properties to set (or remove with a null value)."),
            ("evidence", evidenceList, "The new evidence, replacing the old."));

        var change = new ObjectGraphType { Name = "Change", Description = "One change recorded in the audit: who, when, what, before and after." };
        change.AddField(new FieldType { Name = "sequence", Description = "Increasing number of the change.", ResolvedType = NonNull(IntType), Resolver = Resolvers.Of<AuditEntry>(a => (int)a.Sequence) });
        change.AddField(new FieldType { Name = "at", Description = "When it was committed (ISO 8601, UTC).", ResolvedType = NonNull(StringType), Resolver = Resolvers.Of<AuditEntry>(a => a.At.ToString("O", System.Globalization.CultureInfo.InvariantCulture)) });
        change.AddField(new FieldType { Name = "actor", Description = "Who made it: an API key's holder, a token's subject, or import.", ResolvedType = NonNull(StringType), Resolver = Resolvers.Of<AuditEntry>(a => a.Actor) });
        change.AddField(new FieldType { Name = "operation", Description = "CreateNode, UpdateNode, DeleteNode, CreateRelationship, UpdateRelationship, DeleteRelationship or Import.", ResolvedType = NonNull(StringType), Resolver = Resolvers.Of<AuditEntry>(a => a.Operation) });
        change.AddField(new FieldType { Name = "targetId", Description = "The entity or fact id (for an import, the dataset's content hash).", ResolvedType = NonNull(StringType), Resolver = Resolvers.Of<AuditEntry>(a => a.TargetId) });
        change.AddField(new FieldType { Name = "before", Description = "The previous state as JSON; null when it was created.", ResolvedType = StringType, Resolver = Resolvers.Of<AuditEntry>(a => a.Before) });
        change.AddField(new FieldType { Name = "after", Description = "The new state as JSON; null when it was deleted.", ResolvedType = StringType, Resolver = Resolvers.Of<AuditEntry>(a => a.After) });

        query.AddField(new FieldType
        {
            Name = "changes",
            Description = "The audit, newest first: every write and import (curators only).",
            ResolvedType = new NonNullGraphType(new ListGraphType(new NonNullGraphType(change))),
            Arguments = new QueryArguments(
                new QueryArgument(IdType) { Name = "id", Description = "Only changes of this entity (and its facts) or of this fact." },
                new QueryArgument(IntType) { Name = "first", Description = "How many (1–100).", DefaultValue = 20 }),
            Resolver = Resolvers.OfAsync(async ctx =>
            {
                Curator(ctx);
                var first = ctx.GetArgument("first", 20);
                if (first is < 1 or > 100)
                {
                    throw new ExecutionError($"'first' must be between 1 and 100; it was {first}.") { Code = ErrorCodes.Validation };
                }

                var store = ctx.RequestServices!.GetRequiredService<IGraphStore>();
                return await store.GetAuditAsync(ctx.GetArgument<string?>("id"), first, ctx.CancellationToken).ConfigureAwait(false);
            }),
        }.Estimated(100));

        var mutation = new ObjectGraphType { Name = "Mutation", Description = "Curator writes; each needs the curator role, is atomic and audited, and checks the version it edits." };
        mutation.AddField(Write("createEntity", "Creates an entity with its evidence.", createEntity, NonNull(common.Entity), async (s, input, actor, ct) =>
            await s.CreateEntityAsync(new CreateEntityInput(Str(input, "id")!, Str(input, "name")!, Str(input, "description"), Strings(input, "aliases"), Props(input), Evidence(input)), actor, ct).ConfigureAwait(false)));
        mutation.AddField(Write("updateEntity", "Changes an entity at the version you read.", updateEntity, NonNull(common.Entity), async (s, input, actor, ct) =>
            await s.UpdateEntityAsync(new UpdateEntityInput(Str(input, "id")!, Long(input), Str(input, "name"), Str(input, "description"), Strings(input, "aliases"), Props(input), Evidence(input)), actor, ct).ConfigureAwait(false)));
        mutation.AddField(Write("deleteEntity", "Deletes an entity and its facts at the version you read; returns the audit entry.", deleteInput, NonNull(change), async (s, input, actor, ct) =>
            await s.DeleteEntityAsync(Str(input, "id")!, Long(input), actor, ct).ConfigureAwait(false)));
        mutation.AddField(Write("createFact", "Creates a relationship with its evidence; returns it as seen from its start.", createFact, NonNull(common.Fact), async (s, input, actor, ct) =>
            await s.CreateFactAsync(new CreateFactInput(Str(input, "from")!, Str(input, "type")!, Str(input, "to")!, Props(input), Evidence(input)), actor, ct).ConfigureAwait(false)));
        mutation.AddField(Write("updateFact", "Changes a relationship's properties or evidence at the version you read.", updateFact, NonNull(common.Fact), async (s, input, actor, ct) =>
            await s.UpdateFactAsync(new UpdateFactInput(Str(input, "id")!, Long(input), Props(input), Evidence(input)), actor, ct).ConfigureAwait(false)));
        mutation.AddField(Write("deleteFact", "Deletes a relationship at the version you read; returns the audit entry.", deleteInput, NonNull(change), async (s, input, actor, ct) =>
            await s.DeleteFactAsync(Str(input, "id")!, Long(input), actor, ct).ConfigureAwait(false)));
        return mutation;
    }

    /// <summary>The author of a write: the authenticated holder of the curator role, else UNAUTHORIZED or FORBIDDEN.</summary>
    public static string Curator(IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var user = context.User;
        if (user?.Identity?.IsAuthenticated != true)
        {
            throw new ExecutionError("This needs authentication: an API key (X-Api-Key header) or a bearer token with the curator role.") { Code = ErrorCodes.Unauthorized };
        }

        if (!user.IsInRole(AuthOptions.CuratorRole))
        {
            throw new ExecutionError("This needs the curator role.") { Code = ErrorCodes.Forbidden };
        }

        return user.Identity.Name ?? user.FindFirst("sub")?.Value ?? "unknown";
    }

    private static FieldType Write(
        string name,
        string description,
        InputObjectGraphType input,
        IGraphType result,
        Func<CurationService, IDictionary<string, object?>, string, CancellationToken, Task<object>> write) => new()
        {
            Name = name,
            Description = description,
            ResolvedType = result,
            Arguments = new QueryArguments(new QueryArgument(new NonNullGraphType(input)) { Name = "input", Description = "What to write." }),
            Resolver = Resolvers.OfAsync(async ctx =>
            {
                var actor = Curator(ctx);
                var service = ctx.RequestServices!.GetRequiredService<CurationService>();
                return await write(service, ctx.GetArgument<Dictionary<string, object?>>("input"), actor, ctx.CancellationToken).ConfigureAwait(false);
            }),
        };

    private static InputObjectGraphType Input(string name, string description, params (string Name, IGraphType Type, string Description)[] fields)
    {
        var type = new InputObjectGraphType { Name = name, Description = description };
        foreach (var (fieldName, fieldType, fieldDescription) in fields)
        {
            type.AddField(new FieldType { Name = fieldName, ResolvedType = fieldType, Description = fieldDescription });
        }

        return type;
    }

    private static string? Str(IDictionary<string, object?> input, string key) => input.TryGetValue(key, out var v) ? v?.ToString() : null;

    private static long Long(IDictionary<string, object?> input) => Convert.ToInt64(input["expectedVersion"], System.Globalization.CultureInfo.InvariantCulture);

    private static List<string>? Strings(IDictionary<string, object?> input, string key) =>
        input.TryGetValue(key, out var v) && v is IEnumerable<object?> list ? list.Select(x => x?.ToString() ?? string.Empty).ToList() : null;

    private static List<PropertyInput>? Props(IDictionary<string, object?> input) =>
        input.TryGetValue("properties", out var v) && v is IEnumerable<object?> list
            ? list.OfType<IDictionary<string, object?>>().Select(p => new PropertyInput(Str(p, "name")!, Str(p, "value"))).ToList()
            : null;

    private static List<Evidence>? Evidence(IDictionary<string, object?> input) =>
        input.TryGetValue("evidence", out var v) && v is IEnumerable<object?> list
            ? list.OfType<IDictionary<string, object?>>().Select(e => new Evidence(Str(e, "source")!, Str(e, "quote")!)).ToList()
            : null;
}

using System.Globalization;
using KnowledgeGraph.Graph;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KnowledgeGraph.Api;

/// <summary>
/// Curator writes over REST, the same service as the GraphQL mutations: create, change and delete entities and
/// facts. Each needs the curator role; changes and deletions name the version they edit in the body
/// (<c>expectedVersion</c>) or as <c>If-Match: "3"</c>, else 428; a different current version is 409.
/// </summary>
public static class CurationEndpoints
{
    /// <summary>The authorization policy of writes.</summary>
    public const string CuratorPolicy = "curator";

    /// <summary>Maps the write endpoints.</summary>
    public static RouteGroupBuilder MapCuration(this RouteGroupBuilder api)
    {
        var writes = api.MapGroup(string.Empty).RequireAuthorization(CuratorPolicy).WithTags("Curation");
        Describe(writes.MapPost("/entities", CreateEntityAsync), "createEntity", "Create an entity", "Creates an entity with its evidence, validated as the dataset files are.", StatusCodes.Status201Created);
        Describe(writes.MapPatch("/entities/{id}", ChangeEntityAsync), "changeEntity", "Change an entity", "Replaces what the body gives, at the version read (expectedVersion or If-Match).", StatusCodes.Status200OK);
        Describe(writes.MapDelete("/entities/{id}", DeleteEntityAsync), "deleteEntity", "Delete an entity", "Deletes an entity and its relationships, at the version read (expectedVersion query parameter or If-Match).", StatusCodes.Status200OK);
        Describe(writes.MapPost("/facts", CreateFactAsync), "createFact", "Create a fact", "Creates a relationship between two existing entities, with its evidence.", StatusCodes.Status201Created);
        Describe(writes.MapPatch("/facts/{id}", ChangeFactAsync), "changeFact", "Change a fact", "Replaces a relationship's properties or evidence, at the version read. The id is from|TYPE|to, URL-encoded.", StatusCodes.Status200OK);
        Describe(writes.MapDelete("/facts/{id}", DeleteFactAsync), "deleteFact", "Delete a fact", "Deletes a relationship at the version read.", StatusCodes.Status200OK);
        writes.MapGet("/changes", ChangesAsync)
            .WithName("listChanges")
            .WithSummary("List audited changes")
            .WithDescription("The audit, newest first: every write and import, optionally of one entity (with its facts) or fact.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return api;
    }

    private static void Describe(RouteHandlerBuilder builder, string name, string summary, string description, int success)
    {
        _ = success;
        builder.WithName(name).WithSummary(summary).WithDescription(description)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
    }

    /// <summary>Creates an entity.</summary>
    public static async Task<Created<Entity>> CreateEntityAsync(NewEntity body, HttpContext http, CurationService curation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        var node = await curation.CreateEntityAsync(
            new CreateEntityInput(body.Id, body.Name, body.Description, body.Aliases, Properties(body.Properties), Evidence(body.Evidence)), Actor(http), cancellationToken).ConfigureAwait(false);
        SetVersion(http, node.Version);
        return TypedResults.Created($"/api/v1/entities/{Uri.EscapeDataString(node.Id)}", Entity.Of(node));
    }

    /// <summary>Changes an entity.</summary>
    public static async Task<Results<Ok<Entity>, ProblemHttpResult>> ChangeEntityAsync(string id, EntityChange body, HttpContext http, CurationService curation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (ExpectedVersion(body.ExpectedVersion, http) is not { } version)
        {
            return VersionRequired();
        }

        var node = await curation.UpdateEntityAsync(
            new UpdateEntityInput(id, version, body.Name, body.Description, body.Aliases, Properties(body.Properties), Evidence(body.Evidence)), Actor(http), cancellationToken).ConfigureAwait(false);
        SetVersion(http, node.Version);
        return TypedResults.Ok(Entity.Of(node));
    }

    /// <summary>Deletes an entity and its facts.</summary>
    public static async Task<Results<Ok<ChangeRecord>, ProblemHttpResult>> DeleteEntityAsync(string id, long? expectedVersion, HttpContext http, CurationService curation, CancellationToken cancellationToken)
    {
        if (ExpectedVersion(expectedVersion, http) is not { } version)
        {
            return VersionRequired();
        }

        return TypedResults.Ok(Record(await curation.DeleteEntityAsync(id, version, Actor(http), cancellationToken).ConfigureAwait(false)));
    }

    /// <summary>Creates a fact.</summary>
    public static async Task<Created<Fact>> CreateFactAsync(NewFact body, HttpContext http, CurationService curation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        var related = await curation.CreateFactAsync(new CreateFactInput(body.From, body.Type, body.To, Properties(body.Properties), Evidence(body.Evidence)), Actor(http), cancellationToken).ConfigureAwait(false);
        SetVersion(http, related.Relationship.Version);
        return TypedResults.Created($"/api/v1/facts/{Uri.EscapeDataString(related.Relationship.Id)}", FactOf(related.Relationship));
    }

    /// <summary>Changes a fact.</summary>
    public static async Task<Results<Ok<Fact>, ProblemHttpResult>> ChangeFactAsync(string id, FactChange body, HttpContext http, CurationService curation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (ExpectedVersion(body.ExpectedVersion, http) is not { } version)
        {
            return VersionRequired();
        }

        var related = await curation.UpdateFactAsync(new UpdateFactInput(id, version, Properties(body.Properties), Evidence(body.Evidence)), Actor(http), cancellationToken).ConfigureAwait(false);
        SetVersion(http, related.Relationship.Version);
        return TypedResults.Ok(FactOf(related.Relationship));
    }

    /// <summary>Deletes a fact.</summary>
    public static async Task<Results<Ok<ChangeRecord>, ProblemHttpResult>> DeleteFactAsync(string id, long? expectedVersion, HttpContext http, CurationService curation, CancellationToken cancellationToken)
    {
        if (ExpectedVersion(expectedVersion, http) is not { } version)
        {
            return VersionRequired();
        }

        return TypedResults.Ok(Record(await curation.DeleteFactAsync(id, version, Actor(http), cancellationToken).ConfigureAwait(false)));
    }

    /// <summary>The audit, newest first.</summary>
    /// <param name="id">Only changes of this entity (and its facts) or fact.</param>
    /// <param name="limit">How many, 1–100 (default 20).</param>
    /// <param name="store">The graph store.</param>
    /// <param name="cancellationToken">Aborted with the request.</param>
    public static async Task<Results<Ok<IReadOnlyList<ChangeRecord>>, ProblemHttpResult>> ChangesAsync(string? id, int? limit, IGraphStore store, CancellationToken cancellationToken)
    {
        if (limit is < 1 or > 100)
        {
            return Problems.BadParameter("limit", $"{limit} is not between 1 and 100.");
        }

        var entries = await store.GetAuditAsync(id, limit ?? 20, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok<IReadOnlyList<ChangeRecord>>(entries.Select(Record).ToList());
    }

    private static ProblemHttpResult VersionRequired() => Problems.Status(
        StatusCodes.Status428PreconditionRequired,
        "The version you edit is required.",
        "Send the version you read as expectedVersion (in the body, or the query for DELETE) or as If-Match: \"<version>\", so a concurrent change is never silently overwritten.",
        ErrorCodes.Validation);

    private static long? ExpectedVersion(long? given, HttpContext http)
    {
        if (given is not null)
        {
            return given;
        }

        var ifMatch = http.Request.Headers.IfMatch.ToString().Trim();
        if (ifMatch.StartsWith("W/", StringComparison.Ordinal))
        {
            ifMatch = ifMatch[2..];
        }

        return long.TryParse(ifMatch.Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : null;
    }

    private static void SetVersion(HttpContext http, long version) => http.Response.Headers.ETag = $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    private static string Actor(HttpContext http) => http.User.Identity?.Name ?? http.User.FindFirst("sub")?.Value ?? "unknown";

    private static List<PropertyInput>? Properties(IReadOnlyDictionary<string, string?>? properties) =>
        properties?.Select(p => new PropertyInput(p.Key, p.Value)).ToList();

    private static List<Evidence>? Evidence(IReadOnlyList<SourceQuote>? evidence) =>
        evidence?.Select(e => new Evidence(e.Source, e.Quote)).ToList();

    private static Fact FactOf(GraphRelationship r) => new(
        r.Id, r.Type, r.From, r.To, new SortedDictionary<string, string>(r.Properties.ToDictionary(), StringComparer.Ordinal), SourceQuote.Of(r.Evidence), r.Version);

    private static ChangeRecord Record(AuditEntry a) => new(a.Sequence, a.At, a.Actor, a.Operation, a.TargetId, a.Before, a.After);
}

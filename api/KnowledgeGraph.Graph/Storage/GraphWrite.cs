namespace KnowledgeGraph.Graph;

/// <summary>
/// One curator write, applied atomically with its audit entry. Validation against the ontology and the
/// dataset's evidence rules happens before the store sees it; the store checks what only it can: existence,
/// both ends, the expected version, and that a cited source is not deleted.
/// </summary>
/// <param name="Operation">What to do.</param>
/// <param name="TargetId">The node id, or the relationship id <c>from|TYPE|to</c>.</param>
/// <param name="Node">The node's new state (create, update).</param>
/// <param name="Relationship">The relationship's new state (create, update).</param>
/// <param name="ExpectedVersion">The version the writer read (update, delete); a different current version is a CONFLICT.</param>
/// <param name="Actor">Who writes, recorded in the audit.</param>
public sealed record GraphWrite(
    WriteOperation Operation,
    string TargetId,
    GraphNode? Node,
    GraphRelationship? Relationship,
    long? ExpectedVersion,
    string Actor)
{
    /// <summary>
    /// Checks the target's current state (null when it does not exist) against <see cref="ExpectedVersion"/>:
    /// NOT_FOUND or CONFLICT otherwise. Every store calls it with the version it read under its write lock.
    /// </summary>
    public GraphNode Expect(GraphNode? current)
    {
        Expect(current?.Version);
        return current!;
    }

    /// <inheritdoc cref="Expect(GraphNode?)"/>
    public GraphRelationship Expect(GraphRelationship? current)
    {
        Expect(current?.Version);
        return current!;
    }

    private void Expect(long? currentVersion)
    {
        if (currentVersion is null)
        {
            throw new GraphQueryException(ErrorCodes.NotFound, $"'{TargetId}' does not exist.");
        }

        if (ExpectedVersion != currentVersion)
        {
            throw new GraphQueryException(ErrorCodes.Conflict, $"'{TargetId}' is at version {currentVersion}, not {ExpectedVersion}: someone changed it since you read it. Reload and apply your change again.");
        }
    }

    /// <summary>The refusal of a create whose target exists already.</summary>
    public GraphQueryException Exists(long currentVersion) =>
        new(ErrorCodes.Conflict, $"'{TargetId}' exists already (version {currentVersion}); update it instead.");
}

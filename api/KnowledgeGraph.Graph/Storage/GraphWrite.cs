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
    string Actor);

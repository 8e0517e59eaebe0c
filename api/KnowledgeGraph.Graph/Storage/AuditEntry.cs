namespace KnowledgeGraph.Graph;

/// <summary>One change recorded by the store: who, when, what, and the state before and after.</summary>
/// <param name="Sequence">Increasing number of the change.</param>
/// <param name="At">When it was committed (UTC).</param>
/// <param name="Actor">Who made it (an API key's holder, a token's subject, or <c>import</c>).</param>
/// <param name="Operation">A <see cref="WriteOperation"/> name, or <c>Import</c>.</param>
/// <param name="TargetId">The node or relationship id, or the imported dataset's content hash.</param>
/// <param name="Before">The previous state as JSON, or null when it did not exist.</param>
/// <param name="After">The new state as JSON, or null when it was deleted.</param>
public sealed record AuditEntry(long Sequence, DateTimeOffset At, string Actor, string Operation, string TargetId, string? Before, string? After)
{
    /// <summary>The operation name of an import's entry.</summary>
    public const string ImportOperation = "Import";
}

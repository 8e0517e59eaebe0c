namespace KnowledgeGraph.Graph;

/// <summary>The outcome of a write: the target's new version (its last one when deleted) and the audit entry.</summary>
public sealed record WriteResult(long Version, AuditEntry Audit);

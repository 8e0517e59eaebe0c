namespace KnowledgeGraph.Graph;

/// <summary>
/// Relay-style paging: <c>first</c> items after the <c>after</c> cursor, or the <c>last</c> items before the
/// <c>before</c> cursor. Cursors are opaque keyset positions (the order keys plus the id) from <see cref="Cursor"/>.
/// </summary>
public sealed record PageRequest(int? First = null, string? After = null, int? Last = null, string? Before = null)
{
    /// <summary>The page size used when neither first nor last is given.</summary>
    public const int DefaultSize = 20;
}

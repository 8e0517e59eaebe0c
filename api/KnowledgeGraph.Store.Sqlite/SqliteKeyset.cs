using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Store.Sqlite;

/// <summary>
/// Ordering and keyset predicates. A missing value sorts as the empty string and the id breaks ties, exactly
/// as <see cref="FilterEvaluator.Sort"/> does, so a cursor pins one position in a total order.
/// </summary>
internal static class SqliteKeyset
{
    public static string OrderBy(IReadOnlyList<SortKey> order, string node, bool reverse)
    {
        var parts = order.Select(k => $"{Key(k, node)} {(k.Descending ^ reverse ? "DESC" : "ASC")}")
            .Append($"{node}.id {(reverse ? "DESC" : "ASC")}");
        return string.Join(", ", parts);
    }

    /// <summary>
    /// The predicate "row comes after the cursor" (or before it, with <paramref name="before"/>) in the ordering.
    /// </summary>
    public static string Beyond(IReadOnlyList<SortKey> order, IReadOnlyList<string> cursor, string node, bool before, SqlParameters parameters)
    {
        var columns = order.Select(k => Key(k, node)).Append($"{node}.id").ToList();
        var descending = order.Select(k => k.Descending).Append(false).ToList();
        var values = cursor.Select(parameters.Add).ToList();
        var alternatives = new List<string>();
        for (var i = 0; i < columns.Count; i++)
        {
            var equalities = Enumerable.Range(0, i).Select(j => $"{columns[j]} = {values[j]}");
            var op = descending[i] ^ before ? "<" : ">";
            alternatives.Add("(" + string.Join(" AND ", equalities.Append($"{columns[i]} {op} {values[i]}")) + ")");
        }

        return "(" + string.Join(" OR ", alternatives) + ")";
    }

    // id and name are NOT NULL, so they sort bare: the (label, name) index then yields rows in order and a page
    // stops after its LIMIT instead of sorting every match. Nullable properties sort as '' like before.
    private static string Key(SortKey key, string node) =>
        key.Property is "id" or "name"
            ? $"{node}.{SqliteSchema.Column(key.Property)}"
            : $"COALESCE({node}.{SqliteSchema.Column(key.Property)}, '')";
}

using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Store.Sqlite;

/// <summary>Filtered, ordered pages by keyset.</summary>
public sealed partial class SqliteGraphStore
{
    /// <inheritdoc />
    public async Task<NodePage> QueryNodesAsync(NodeQuery query, CancellationToken cancellationToken)
    {
        var label = RequireLabel(query.Label);
        foreach (var key in query.Order)
        {
            SqliteSchema.Column(key.Property);
        }

        var after = DecodeCursor(query.Page.After, query.Order, "after");
        var before = DecodeCursor(query.Page.Before, query.Order, "before");
        var first = query.Page.First;
        var last = query.Page.Last;
        if (first is null && last is null)
        {
            first = PageRequest.DefaultSize;
        }

        if (first < 0 || last < 0)
        {
            throw new GraphQueryException("first and last must not be negative.");
        }

        string Matching(SqlParameters p) => $"n.label = {p.Add(label)} AND {new SqliteFilterTranslator(p).Translate(query.Where, "n")}";

        var parameters = new SqlParameters();
        var bounded = Matching(parameters);
        if (after is not null)
        {
            bounded += " AND " + SqliteKeyset.Beyond(query.Order, after, "n", before: false, parameters);
        }

        if (before is not null)
        {
            bounded += " AND " + SqliteKeyset.Beyond(query.Order, before, "n", before: true, parameters);
        }

        // first (possibly then last) reads forwards; last alone reads backwards from the end.
        var backwards = first is null;
        var take = backwards ? last!.Value : first!.Value;
        var sql = $"SELECT {SqliteRows.NodeColumns} FROM nodes n WHERE {bounded} ORDER BY {SqliteKeyset.OrderBy(query.Order, "n", backwards)} LIMIT {parameters.Add(take + 1)}";
        var rows = await ReadNodesAsync(sql, parameters, cancellationToken).ConfigureAwait(false);
        var more = rows.Count > take;
        rows = rows.Take(take).ToList();
        if (backwards)
        {
            rows.Reverse();
        }

        // Whether any matching row lies outside a cursor bound (at or before "after", at or after "before").
        async Task<bool> Outside(IReadOnlyList<string>? cursor, bool isBefore)
        {
            if (cursor is null)
            {
                return false;
            }

            var p = new SqlParameters();
            var beyond = SqliteKeyset.Beyond(query.Order, cursor, "n", isBefore, p);
            var exists = $"SELECT EXISTS (SELECT 1 FROM nodes n WHERE {Matching(p)} AND NOT {beyond})";
            await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var command = Command(connection, exists, p);
            return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture) == 1;
        }

        bool hasNext, hasPrevious;
        if (!backwards)
        {
            hasNext = more || await Outside(before, isBefore: true).ConfigureAwait(false);
            if (last is { } l && rows.Count > l)
            {
                rows = rows.Skip(rows.Count - l).ToList();
                hasPrevious = true;
            }
            else
            {
                hasPrevious = await Outside(after, isBefore: false).ConfigureAwait(false);
            }
        }
        else
        {
            hasPrevious = more || await Outside(after, isBefore: false).ConfigureAwait(false);
            hasNext = await Outside(before, isBefore: true).ConfigureAwait(false);
        }

        var items = rows.Select(n => new PageItem(n, Cursor.Encode(n, query.Order))).ToList();
        return new NodePage(items, hasNext, hasPrevious);
    }

    private static IReadOnlyList<string>? DecodeCursor(string? cursor, IReadOnlyList<SortKey> order, string argument)
    {
        if (cursor is null)
        {
            return null;
        }

        return Cursor.TryDecode(cursor, order.Count, out var keys)
            ? keys
            : throw new GraphQueryException($"The '{argument}' cursor is not valid for this ordering.");
    }
}

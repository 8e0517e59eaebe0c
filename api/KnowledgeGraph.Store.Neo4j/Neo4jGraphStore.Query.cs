using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Store.Neo4j;

/// <summary>Filtered, ordered pages by keyset, with the same cursors as the SQLite store.</summary>
public sealed partial class Neo4jGraphStore
{
    /// <inheritdoc />
    public async Task<NodePage> QueryNodesAsync(NodeQuery query, CancellationToken cancellationToken)
    {
        CypherNames.Label(query.Label);
        foreach (var key in query.Order)
        {
            CypherNames.Property(key.Property);
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

        // first (possibly then last) reads forwards; last alone reads backwards from the end.
        var backwards = first is null;
        var take = backwards ? last!.Value : first!.Value;
        var page = await ReadNodesAsync(CypherStatements.Page(query.Label, query.Where, query.Order, after, before, backwards, take + 1), cancellationToken).ConfigureAwait(false);
        var rows = page.ToList();
        var more = rows.Count > take;
        rows = rows.Take(take).ToList();
        if (backwards)
        {
            rows.Reverse();
        }

        async Task<bool> Outside(IReadOnlyList<string>? cursor, bool isBefore)
        {
            if (cursor is null)
            {
                return false;
            }

            var result = await _http.RunAsync(CypherStatements.Outside(query.Label, query.Where, query.Order, cursor, isBefore), cancellationToken).ConfigureAwait(false);
            return result.Rows.Count > 0;
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

        return new NodePage(rows.Select(n => new PageItem(n, Cursor.Encode(n, query.Order))).ToList(), hasNext, hasPrevious);
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

using System.Globalization;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Store.Sqlite;

/// <summary>FTS5 search, ranked so that a name or alias match beats a mention.</summary>
public sealed partial class SqliteGraphStore
{
    // bm25 column weights: name, aliases, description, quotes.
    private const string Rank = "bm25(search, 10.0, 8.0, 2.0, 1.0)";

    /// <inheritdoc />
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string text, IReadOnlyCollection<string>? labels, int first, CancellationToken cancellationToken)
    {
        var match = SqliteSearchQuery.Build(text);
        if (match is null || first <= 0)
        {
            return [];
        }

        var parameters = new SqlParameters();
        var matchParameter = parameters.Add(match);
        var nameMatch = parameters.Add(SqliteSearchQuery.Build(text, "name aliases"));
        var exact = parameters.Add(FilterEvaluator.Fold(text.Trim()));
        var labelFilter = labels is { Count: > 0 }
            ? $" AND search.label IN (SELECT value FROM json_each({parameters.Add(SqliteRows.Json(labels.Select(RequireLabel).ToList()))}))"
            : string.Empty;

        // Tiers: exact name or alias (+200) above a name/alias match (+100) above any other match; bm25 orders within a tier.
        var sql = $"""
            SELECT search.node_id, -{Rank}
                   + CASE WHEN kg_fold(n.name) = {exact} OR EXISTS (SELECT 1 FROM json_each(n.aliases) a WHERE kg_fold(a.value) = {exact}) THEN 200.0 ELSE 0.0 END
                   + CASE WHEN search.rowid IN (SELECT rowid FROM search WHERE search MATCH {nameMatch}) THEN 100.0 ELSE 0.0 END AS score,
                   snippet(search, -1, '[', ']', '…', 12)
            FROM search JOIN nodes n ON n.id = search.node_id
            WHERE search MATCH {matchParameter}{labelFilter}
            ORDER BY score DESC, search.node_id
            LIMIT {parameters.Add(first)}
            """;

        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var hits = new List<SearchHit>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var score = Math.Round(reader.GetDouble(1), 4);
            hits.Add(new SearchHit(reader.GetString(0), score, reader.IsDBNull(2) ? null : reader.GetString(2)));
        }

        return hits;
    }

    private static string SearchQuotes(GraphNode node) => string.Join(" \u2016 ", node.Evidence.Select(e => e.Quote));

    private static string SearchAliases(GraphNode node) => string.Join(" \u2016 ", node.Aliases.Select(a => a.ToString(CultureInfo.InvariantCulture)));
}

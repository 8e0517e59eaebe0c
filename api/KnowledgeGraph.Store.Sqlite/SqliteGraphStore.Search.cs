using System.Globalization;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Store.Sqlite;

/// <summary>
/// FTS5 search, in tiers: an exact name or alias, then any other name or alias match (each ordered by how well its
/// name and aliases match), then the mentions in descriptions and quotes (ordered by bm25 over every column).
/// </summary>
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

        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        // An index seen small a moment ago is ranked whole without counting: either way gives the same answer, so a
        // size a few seconds old only picks the cheaper path.
        var seen = _searchIndexSize;
        var small = seen is not null && seen.Rows < _searchBoundedRankingFrom && Environment.TickCount64 - seen.At < 5_000;
        var phrases = SqliteSearchQuery.Phrases(text);

        // On an index seen large, rank the name and alias matches alone without counting them first, when a full
        // page of them would settle it (no mention can score 100 even if only `first` rows match by name); the
        // statement returns the index size it ranked, and the guess stands only if a full page came back and that
        // size confirms it. Otherwise the count below decides, as it always did.
        if (seen is not null && !small && MentionScoreBound(phrases, seen.Rows, first) < 99.0)
        {
            var guessed = await RankAsync(connection, parameters, BoundedSql(parameters, matchParameter, nameMatch, exact, labelFilter, namesOnly: true, first, withSize: true), cancellationToken).ConfigureAwait(false);
            if (guessed.Hits.Count == first && MentionScoreBound(phrases, guessed.Rows, first) < 99.0)
            {
                _searchIndexSize = new SearchIndexSize(guessed.Rows, Environment.TickCount64);
                return guessed.Hits;
            }
        }

        long names = -1, rows = seen?.Rows ?? 0;
        if (!small)
        {
            // CASE evaluates the name count only on a large index; on a small one every match is ranked (-1: not counted).
            var bound = parameters.Add(_searchBoundedRankingFrom);
            await using var count = Command(connection, $"SELECT CASE WHEN (SELECT ifnull(max(rowid), 0) FROM search_docsize) >= {bound} THEN (SELECT count(*) FROM search WHERE search MATCH {nameMatch}{labelFilter}) ELSE -1 END, (SELECT ifnull(max(rowid), 0) FROM search_docsize)", parameters);
            await using var reader = await count.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            (names, rows) = (reader.GetInt64(0), reader.GetInt64(1));
            _searchIndexSize = new SearchIndexSize(rows, Environment.TickCount64);
        }

        // When enough rows match by name or alias and no mention can score 100, only those rows are ranked; otherwise all are.
        var namesOnly = names >= first && MentionScoreBound(phrases, rows, names) < 99.0;

        // A small index is ranked in one pass, snippets included: a second pass over the match (and the rowid range
        // that makes it cheap on a large index) costs more there than making a snippet for every match.
        var smallIndex = small || rows < _searchBoundedRankingFrom;
        var sql = smallIndex
            ? $"""
                WITH {NamesCte(nameMatch)}
                SELECT n.id, {MixedScore(exact)} AS score, snippet(search, -1, '[', ']', '…', 12)
                FROM search CROSS JOIN nodes n ON n.rowid = search.rowid LEFT JOIN names ON names.r = search.rowid
                WHERE search MATCH {matchParameter}{labelFilter}
                ORDER BY score DESC, n.id
                LIMIT {parameters.Add(first)}
                """
            : BoundedSql(parameters, matchParameter, nameMatch, exact, labelFilter, namesOnly, first, withSize: false);
        return (await RankAsync(connection, parameters, sql, cancellationToken).ConfigureAwait(false)).Hits;
    }

    // Tiers: exact name or alias (+200) above a name/alias match (+100) above any other match. Name and alias
    // matches are ordered by bm25 under the name-and-alias query, so ranking them alone never reads the mentions;
    // mentions by bm25 under the whole query. An exact name or alias is made of the text's words, so it is a
    // name/alias match too. -bm25 is never negative, and no mention is ranked apart from the names unless it scores
    // under 99 (MentionScoreBound), so the tiers never mix.
    private static string NamesCte(string nameMatch) =>
        $"names AS MATERIALIZED (SELECT rowid AS r, -{Rank} AS b FROM search WHERE search MATCH {nameMatch})";

    private static string ExactBonus(string exact) =>
        $"CASE WHEN {Exact("n.name", exact)} OR (n.aliases <> '[]' AND EXISTS (SELECT 1 FROM json_each(n.aliases) a WHERE {Exact("a.value", exact)})) THEN 200.0 ELSE 0.0 END";

    // Over the whole query's match, joined to the name and alias matches (names).
    private static string MixedScore(string exact) =>
        $"CASE WHEN names.r IS NOT NULL THEN names.b + 100.0 + {ExactBonus(exact)} ELSE -{Rank} END";

    // Over the name-and-alias query's match itself.
    private static string NamesScore(string exact) => $"-{Rank} + 100.0 + {ExactBonus(exact)}";

    // On a large index snippets are made for the page only: the snippet pass reads the match only between the
    // page's lowest and highest rowid (FTS5 seeks to the range). A search row shares its node's rowid; CROSS JOIN
    // keeps the match as the outer loop. With the size, each row also carries the index size of the same snapshot.
    private static string BoundedSql(SqlParameters parameters, string match, string nameMatch, string exact, string labelFilter, bool namesOnly, int first, bool withSize) =>
        $"""
        WITH {(namesOnly ? string.Empty : NamesCte(nameMatch) + ",")}
        ranked AS MATERIALIZED (
          SELECT search.rowid AS row, n.id AS node_id, {(namesOnly ? NamesScore(exact) : MixedScore(exact))} AS score
          FROM search CROSS JOIN nodes n ON n.rowid = search.rowid{(namesOnly ? string.Empty : " LEFT JOIN names ON names.r = search.rowid")}
          WHERE search MATCH {(namesOnly ? nameMatch : match)}{labelFilter}
          ORDER BY score DESC, n.id
          LIMIT {parameters.Add(first)})
        SELECT ranked.node_id, ranked.score, snippet(search, -1, '[', ']', '…', 12){(withSize ? ", (SELECT ifnull(max(rowid), 0) FROM search_docsize)" : string.Empty)}
        FROM search CROSS JOIN ranked
        WHERE search MATCH {match} AND search.rowid BETWEEN (SELECT min(row) FROM ranked) AND (SELECT max(row) FROM ranked) AND ranked.row = search.rowid
        ORDER BY ranked.score DESC, ranked.node_id
        """;

    private async Task<(List<SearchHit> Hits, long Rows)> RankAsync(SqliteReadSession connection, SqlParameters parameters, string sql, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, sql, parameters);
        await using var results = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var hits = new List<SearchHit>();
        long rows = 0;
        while (await results.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var score = Math.Round(results.GetDouble(1), 4);
            hits.Add(new SearchHit(results.GetString(0), score, results.IsDBNull(2) ? null : results.GetString(2)));
            rows = results.FieldCount > 3 ? results.GetInt64(3) : 0;
        }

        return (hits, rows);
    }

    private sealed record SearchIndexSize(long Rows, long At);

    // An upper bound of -bm25 for any row: each phrase adds idf * f(k1 + 1) / (f + k1(1 - b + b * len / avglen)),
    // less than idf * (k1 + 1) with FTS5's k1 = 1.2, and idf = ln((N - hits + 0.5) / (hits + 0.5)) (at least 1e-6)
    // is largest when a phrase is rarest; every name/alias match contains every phrase, so hits >= names.
    private static double MentionScoreBound(int phrases, long rows, long names) =>
        phrases * 2.2 * Math.Max(Math.Log((rows - names + 0.5) / (names + 0.5)), 1e-6);

    // Folding keeps a text's length, so comparing lengths first spares the fold of almost every candidate.
    private static string Exact(string column, string folded) => $"(length({column}) = length({folded}) AND kg_fold({column}) = {folded})";

    private static string SearchQuotes(GraphNode node) => string.Join(" \u2016 ", node.Evidence.Select(e => e.Quote));

    private static string SearchAliases(GraphNode node) => string.Join(" \u2016 ", node.Aliases.Select(a => a.ToString(CultureInfo.InvariantCulture)));
}

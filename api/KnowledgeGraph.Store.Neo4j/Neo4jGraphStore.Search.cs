using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Store.Neo4j;

/// <summary>Search through the full-text index <c>entity_search</c>.</summary>
public sealed partial class Neo4jGraphStore
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string text, IReadOnlyCollection<string>? labels, int first, CancellationToken cancellationToken)
    {
        var query = LuceneQuery.Build(text);
        if (query is null || first <= 0)
        {
            return [];
        }

        var words = LuceneQuery.Words(text);
        var statement = CypherStatements.Search(query, words, FilterEvaluator.Fold(text.Trim()), labels, first);
        var result = await _http.RunAsync(statement, cancellationToken).ConfigureAwait(false);
        return result.Rows.Select(row =>
        {
            var fields = new List<string?> { result.Get(row, "name").GetString() };
            fields.AddRange(result.Get(row, "aliases").EnumerateArray().Select(a => a.GetString()));
            fields.Add(result.Get(row, "description").ValueKind == System.Text.Json.JsonValueKind.String ? result.Get(row, "description").GetString() : null);
            fields.AddRange(result.Get(row, "quotes").EnumerateArray().Select(q => q.GetString()));
            return new SearchHit(result.Get(row, "id").GetString()!, Math.Round(result.Get(row, "score").GetDouble(), 4), Snippet(fields, words));
        }).ToList();
    }

    // The first field holding a word, around its first match, the match marked with [ and ] (as the SQLite store's snippet).
    private static string? Snippet(IEnumerable<string?> fields, IReadOnlyList<string> words)
    {
        foreach (var field in fields.OfType<string>())
        {
            var folded = FilterEvaluator.Fold(field);
            foreach (var word in words)
            {
                var at = folded.IndexOf(word, StringComparison.Ordinal);
                if (at < 0 || folded.Length != field.Length)
                {
                    continue;
                }

                var end = at + word.Length;
                while (end < field.Length && char.IsLetterOrDigit(field[end]))
                {
                    end++;
                }

                var start = Math.Max(0, at - 60);
                var stop = Math.Min(field.Length, end + 60);
                return (start > 0 ? "…" : string.Empty) + field[start..at] + "[" + field[at..end] + "]" + field[end..stop] + (stop < field.Length ? "…" : string.Empty);
            }
        }

        return null;
    }
}

using System.Text;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Store.Neo4j;

/// <summary>
/// Turns any user text into a safe Lucene query for the full-text index: only its words survive (lower case, so
/// never the operators AND/OR/NOT), each escaped, all required, and the last also matches as a prefix (for
/// suggestions as you type) — the same words the SQLite store searches for. Quotes, wildcards, field names or
/// Cypher in the text are searched for as words, never interpreted.
/// </summary>
public static partial class LuceneQuery
{
    private const string Special = "+-&|!(){}[]^\"~*?:\\/";

    [GeneratedRegex(@"[\p{L}\p{N}]+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    /// <summary>The words of a text, folded as filters fold them, at most 16.</summary>
    public static IReadOnlyList<string> Words(string text) =>
        Word().Matches(text).Select(m => KnowledgeGraph.Graph.FilterEvaluator.Fold(m.Value)).Take(16).ToList();

    /// <summary>The Lucene query, or null when the text has no words.</summary>
    public static string? Build(string text)
    {
        var words = Words(text);
        if (words.Count == 0)
        {
            return null;
        }

        var terms = words.Select((w, i) => i == words.Count - 1 ? $"+({Escape(w)} {Escape(w)}*)" : "+" + Escape(w));
        return string.Join(" ", terms);
    }

    /// <summary>Escapes every Lucene special character with a backslash.</summary>
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (Special.Contains(c, StringComparison.Ordinal))
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}

using System.Text.RegularExpressions;

namespace KnowledgeGraph.Store.Sqlite;

/// <summary>
/// Turns any user text into a safe FTS5 query: only its words survive, each as a quoted string, and the last
/// word also matches as a prefix (for suggestions as you type). Operators such as <c>NEAR(</c>, <c>*</c>,
/// quotes or SQL fragments are therefore searched for as words, never interpreted.
/// </summary>
internal static partial class SqliteSearchQuery
{
    private const int MaxWords = 16;

    [GeneratedRegex(@"[\p{L}\p{N}]+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    /// <summary>The number of phrases in the match expression (one per word kept).</summary>
    public static int Phrases(string text) => Math.Min(Word().Count(text), MaxWords);

    /// <summary>The FTS5 match expression, or null when the text has no words.</summary>
    public static string? Build(string text, string? columns = null)
    {
        var words = Word().Matches(text).Select(m => m.Value).Take(MaxWords).ToList();
        if (words.Count == 0)
        {
            return null;
        }

        var terms = words.Select((w, i) => "\"" + w + "\"" + (i == words.Count - 1 ? "*" : string.Empty));
        var body = string.Join(" ", terms);
        return columns is null ? body : $"{{{columns}}} : ({body})";
    }
}

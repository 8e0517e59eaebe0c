using System.Text.RegularExpressions;

namespace KnowledgeGraph.Dataset;

/// <summary>The whitespace rule for quotes: any run of whitespace counts as one space, ends trimmed.</summary>
internal static partial class QuoteText
{
    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();

    public static string Normalize(string text) => Whitespace().Replace(text, " ").Trim();

    /// <summary>The start of a long quote, for messages.</summary>
    public static string Excerpt(string quote, int length = 80) => quote.Length <= length ? quote : quote[..length] + "…";
}

using System.Globalization;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Graph;

/// <summary>ISO 8601 dates at their true precision (year, year-month or day), never padded.</summary>
public static partial class IsoDate
{
    [GeneratedRegex(@"^\d{4}(-\d{2}(-\d{2})?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();

    /// <summary>True when the text is a real date at year, month or day precision.</summary>
    public static bool IsValid(string text)
    {
        if (!Shape().IsMatch(text))
        {
            return false;
        }

        return text.Length switch
        {
            4 => true,
            7 => DateTime.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            _ => DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        };
    }
}

using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Graph;

/// <summary>Cypher literals for files that must load without parameters (cypher-shell -f, Browser).</summary>
public static class CypherLiteral
{
    /// <summary>A single-quoted string with every special character escaped.</summary>
    public static string String(string value)
    {
        var sb = new StringBuilder(value.Length + 2).Append('\'');
        foreach (var c in value)
        {
            switch (c)
            {
                case '\\': sb.Append("\\\\"); break;
                case '\'': sb.Append("\\'"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (char.IsControl(c))
                    {
                        sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.Append('\'').ToString();
    }

    /// <summary>A list of strings.</summary>
    public static string List(IEnumerable<string> values) => "[" + string.Join(", ", values.Select(String)) + "]";

    /// <summary>A map with string, string-list or null values; keys are plain identifiers from the ontology.</summary>
    public static string Map(IEnumerable<KeyValuePair<string, object?>> entries) =>
        "{" + string.Join(", ", entries.Select(e => $"{e.Key}: {Value(e.Value)}")) + "}";

    private static string Value(object? value) => value switch
    {
        null => "null",
        string s => String(s),
        MapLiteral m => Map(m.Entries),
        IEnumerable<string> list => List(list),
        _ => throw new ArgumentException($"Unsupported literal {value.GetType().Name}.", nameof(value)),
    };
}

/// <summary>A nested map value for <see cref="CypherLiteral.Map"/>.</summary>
/// <param name="Entries">The map's entries.</param>
public sealed record MapLiteral(IReadOnlyList<KeyValuePair<string, object?>> Entries);

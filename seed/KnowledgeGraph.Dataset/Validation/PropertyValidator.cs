using System.Text.RegularExpressions;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Dataset;

/// <summary>Checks one property value against its definition in the ontology (enum, date, url, pattern).</summary>
internal static class PropertyValidator
{
    /// <summary>True when the value is valid; otherwise reports why at the value's position.</summary>
    public static bool Check(PropertyDefinition property, Located value, string subject, ErrorList errors)
    {
        var v = value.Value;
        var reason = property.Kind switch
        {
            PropertyKind.Enum when property.EnumValues is { } allowed && !allowed.Contains(v, StringComparer.Ordinal) =>
                $"'{v}' is not a {property.EnumName}; allowed: {string.Join(", ", allowed)}",
            PropertyKind.Date when !IsoDate.IsValid(v) =>
                $"'{v}' is not a real ISO 8601 date at year, month or day precision (e.g. 2013, 2013-12, 2013-12-09)",
            PropertyKind.Url when !IsHttpUrl(v) => $"'{v}' is not an absolute http(s) URL",
            _ when property.Pattern is { } pattern && !Regex.IsMatch(v, pattern, RegexOptions.CultureInvariant) =>
                $"'{v}' does not match the pattern {pattern}",
            _ => null,
        };
        if (reason is null)
        {
            return true;
        }

        errors.Add(value.At, $"{subject}: {property.Name} {reason}");
        return false;
    }

    private static bool IsHttpUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}

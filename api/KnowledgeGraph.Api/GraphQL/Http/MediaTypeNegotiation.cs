using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace KnowledgeGraph.Api;

/// <summary>Content negotiation for the GraphQL endpoint: which response type an <c>Accept</c> header allows.</summary>
public static class MediaTypeNegotiation
{
    // How closely a range names a type: */* is 0, type/* is 1, type/subtype is Exact.
    private const int Exact = 2;

    /// <summary>
    /// The response media type for an <c>Accept</c> header, or null when it allows neither GraphQL type (406).
    /// A missing header, or one that only matches through wildcards, gets <c>application/json</c>, as the
    /// specification asks so that legacy clients keep their 200s; <c>application/graphql-response+json</c> is used
    /// when the client names it with a quality at least as high as the JSON it accepts.
    /// </summary>
    public static string? SelectResponseType(StringValues accept)
    {
        if (StringValues.IsNullOrEmpty(accept) || accept.All(string.IsNullOrWhiteSpace))
        {
            return GraphQLMediaTypes.Json;
        }

        if (!MediaTypeHeaderValue.TryParseList(accept, out var ranges))
        {
            return null;
        }

        var graphql = Match(ranges, GraphQLMediaTypes.GraphQLResponse);
        var json = Match(ranges, GraphQLMediaTypes.Json);
        if (graphql.Quality <= 0 && json.Quality <= 0)
        {
            return null;
        }

        // Higher quality wins; on a tie the more specific range wins; on a tie of explicit names the
        // specification's own type wins, and on a tie of wildcards the legacy type does.
        var graphqlWins = graphql.Quality != json.Quality
            ? graphql.Quality > json.Quality
            : graphql.Specificity != json.Specificity
                ? graphql.Specificity > json.Specificity
                : graphql.Specificity == Exact;
        return graphqlWins ? GraphQLMediaTypes.GraphQLResponse : GraphQLMediaTypes.Json;
    }

    /// <summary>True when the header names <paramref name="mediaType"/> itself (not through a wildcard) with a quality above zero.</summary>
    public static bool NamesExplicitly(StringValues accept, string mediaType) =>
        MediaTypeHeaderValue.TryParseList(accept, out var ranges)
        && Match(ranges, mediaType) is { Specificity: Exact, Quality: > 0 };

    /// <summary>
    /// True when a request <c>Content-Type</c> is JSON in UTF-8: <c>application/json</c> with no charset or
    /// <c>charset=utf-8</c>, the only request body the specification requires.
    /// </summary>
    public static bool IsJsonContentType(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var parsed)
        && parsed.MediaType.Equals(GraphQLMediaTypes.Json, StringComparison.OrdinalIgnoreCase)
        && IsUtf8(parsed);

    /// <summary>The quality the most specific matching range gives <paramref name="mediaType"/> (RFC 9110, 12.5.1).</summary>
    private static (double Quality, int Specificity) Match(IList<MediaTypeHeaderValue> ranges, string mediaType)
    {
        var target = new MediaTypeHeaderValue(mediaType);
        var best = (Quality: 0d, Specificity: -1);
        foreach (var range in ranges)
        {
            int specificity;
            if (range.MatchesAllTypes)
            {
                specificity = 0;
            }
            else if (range.MatchesAllSubTypes)
            {
                specificity = range.Type.Equals(target.Type, StringComparison.OrdinalIgnoreCase) ? 1 : -1;
            }
            else
            {
                specificity = range.MediaType.Equals(target.MediaType, StringComparison.OrdinalIgnoreCase) ? Exact : -1;
            }

            // Responses are always UTF-8, so a range asking for another charset does not match.
            if (specificity > best.Specificity && IsUtf8(range))
            {
                best = (range.Quality ?? 1d, specificity);
            }
        }

        return best.Specificity < 0 ? (0d, -1) : best;
    }

    private static bool IsUtf8(MediaTypeHeaderValue value)
    {
        var charset = HeaderUtilities.RemoveQuotes(value.Charset);
        return !charset.HasValue || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);
    }
}

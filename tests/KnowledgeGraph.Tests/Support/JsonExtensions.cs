using System.Text.Json;
using Xunit;

namespace KnowledgeGraph.Tests;

/// <summary>Walks GraphQL responses.</summary>
internal static class JsonExtensions
{
    /// <summary>The element at a dotted path (numbers index arrays), e.g. "data.programs.nodes.0.name".</summary>
    public static JsonElement At(this JsonElement element, string path)
    {
        foreach (var part in path.Split('.'))
        {
            element = int.TryParse(part, out var i) ? element[i] : element.GetProperty(part);
        }

        return element;
    }

    public static List<string?> Strings(this JsonElement array, string property) =>
        array.EnumerateArray().Select(e => e.At(property).GetString()).ToList();

    /// <summary>Asserts a response has no errors and returns its data.</summary>
    public static JsonElement Data(this JsonElement response)
    {
        Assert.False(response.TryGetProperty("errors", out var errors), errors.ToString());
        return response.GetProperty("data");
    }

    /// <summary>The codes of a response's errors.</summary>
    public static List<string?> ErrorCodes(this JsonElement response) =>
        response.TryGetProperty("errors", out var errors)
            ? errors.EnumerateArray().Select(e => e.TryGetProperty("extensions", out var x) && x.TryGetProperty("code", out var c) ? c.GetString() : null).ToList()
            : [];
}

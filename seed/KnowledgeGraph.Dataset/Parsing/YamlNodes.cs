using YamlDotNet.Core;

namespace KnowledgeGraph.Dataset;

/// <summary>Small questions about representation-model nodes.</summary>
internal static class YamlNodes
{
    /// <summary>True for YAML's null: an empty plain scalar (<c>key:</c>), <c>~</c> or <c>null</c>.</summary>
    public static bool IsNull(YamlValue node) =>
        node is YamlScalar { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    /// <summary>The value under a plain-string key, or null.</summary>
    public static YamlValue? Child(YamlMap map, string key) =>
        map.Children.FirstOrDefault(kv => kv.Key is YamlScalar { Value: var k } && k == key).Value;

    /// <summary>What a node is, for messages: "a string", "a list", "a mapping".</summary>
    public static string Describe(YamlValue node) => node switch
    {
        YamlList => "a list",
        YamlMap => "a mapping",
        _ when IsNull(node) => "nothing",
        _ => "a string",
    };
}

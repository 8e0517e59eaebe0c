using YamlDotNet.Core;

namespace KnowledgeGraph.Dataset;

/// <summary>
/// A read-only YAML node: what the file parser asks of a value (its kind, text, style, position, children),
/// without the representation model's per-node bookkeeping, which made it several times slower to build.
/// </summary>
internal abstract class YamlValue(Mark start)
{
    /// <summary>Where the node starts.</summary>
    public Mark Start { get; } = start;
}

/// <summary>A scalar: its text as written (never null) and its style.</summary>
internal sealed class YamlScalar(Mark start, string value, ScalarStyle style) : YamlValue(start)
{
    public string Value { get; } = value;

    public ScalarStyle Style { get; } = style;
}

/// <summary>A list, items in file order.</summary>
internal sealed class YamlList(Mark start) : YamlValue(start)
{
    public List<YamlValue> Children { get; } = [];
}

/// <summary>A mapping, entries in file order (keys are unique, as YAML requires).</summary>
internal sealed class YamlMap(Mark start) : YamlValue(start)
{
    public List<KeyValuePair<YamlValue, YamlValue>> Children { get; } = [];
}

using KnowledgeGraph.Graph;
using static KnowledgeGraph.Dataset.YamlNodes;

namespace KnowledgeGraph.Dataset;

/// <summary>Reading single values: keys, strings, lists and ids, each reporting a wrong shape where it is.</summary>
internal sealed partial class DatasetFileParser
{
    /// <summary>The id's label; null (reported) when the id is malformed or its prefix names no label.</summary>
    private LabelDefinition? CheckId(Located id, string what)
    {
        if (!NodeId.IsWellFormed(id.Value))
        {
            Error(id.At, $"malformed {what} '{id.Value}': expected <label prefix>:<slug>, lower-case letters and digits in groups joined by single hyphens (e.g. hazard:coal-dust)");
            return null;
        }

        if (NodeId.LabelOf(id.Value) is { } label)
        {
            return label;
        }

        var known = string.Join(", ", Ontology.Labels.Select(l => l.IdPrefix));
        Error(id.At, $"unknown label prefix '{NodeId.PrefixOf(id.Value)}' in {what} '{id.Value}'; known prefixes: {known}");
        return null;
    }

    private string? Key(YamlValue key)
    {
        if (key is YamlScalar { Value: { Length: > 0 } name } && !IsNull(key))
        {
            return name;
        }

        Error(At(key), $"a key must be a plain string, found {Describe(key)}");
        return null;
    }

    /// <summary>A non-empty string value (trimmed), or null when it is empty or of another shape (reported).</summary>
    private Located? LocatedText(YamlValue node, string what)
    {
        if (node is not YamlScalar scalar)
        {
            WrongShape(node, what, "a string");
            return null;
        }

        var text = IsNull(scalar) ? string.Empty : (scalar.Value ?? string.Empty).Trim();
        if (text.Length == 0)
        {
            Error(At(node), $"{what} has no value");
            return null;
        }

        return new Located(text, At(node));
    }

    /// <summary>A list's items (none for YAML null), or null when the value is of another shape (reported).</summary>
    private IReadOnlyList<YamlValue>? Sequence(YamlValue node, string what)
    {
        if (node is YamlList sequence)
        {
            return sequence.Children.ToArray();
        }

        if (IsNull(node))
        {
            return [];
        }

        WrongShape(node, what, "a list");
        return null;
    }

    private EvidenceEntry? WrongShape(YamlValue node, string what, string expected)
    {
        Error(At(node), $"{what} must be {expected}, found {Describe(node)}");
        return null;
    }
}

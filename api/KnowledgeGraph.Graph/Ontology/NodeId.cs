using System.Text.RegularExpressions;

namespace KnowledgeGraph.Graph;

/// <summary>Rules for node ids: <c>&lt;label prefix&gt;:&lt;slug&gt;</c>, lower case, digits and single hyphens.</summary>
public static partial class NodeId
{
    [GeneratedRegex("^(?<prefix>[a-z]+):(?<slug>[a-z0-9]+(?:-[a-z0-9]+)*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();

    /// <summary>True when the id is well formed (whatever its prefix).</summary>
    public static bool IsWellFormed(string id) => Shape().IsMatch(id);

    /// <summary>The label an id belongs to, or null when malformed or the prefix is unknown.</summary>
    public static LabelDefinition? LabelOf(string id)
    {
        var m = Shape().Match(id);
        return m.Success ? Ontology.LabelByPrefix(m.Groups["prefix"].Value) : null;
    }

    /// <summary>The prefix part of an id (before the colon), or the whole id when it has none.</summary>
    public static string PrefixOf(string id)
    {
        var colon = id.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? id : id[..colon];
    }
}

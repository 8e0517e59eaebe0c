using YamlDotNet.Core;

namespace KnowledgeGraph.Dataset;

/// <summary>A position in a dataset file (1-based line and column).</summary>
internal readonly record struct Location(string File, int Line, int Column)
{
    /// <summary>Where a YAML node starts.</summary>
    public static Location Of(string file, YamlValue node) => Of(file, node.Start);

    /// <summary>A YamlDotNet mark; clamped because some exceptions carry an empty (0-based) mark.</summary>
    public static Location Of(string file, Mark mark) => new(file, Math.Max(1, (int)mark.Line), Math.Max(1, (int)mark.Column));

    /// <summary><c>file:line</c>, as other errors refer to this place.</summary>
    public override string ToString() => $"{File}:{Line}";
}

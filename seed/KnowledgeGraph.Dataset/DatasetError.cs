namespace KnowledgeGraph.Dataset;

/// <summary>One problem in the dataset, at the position of the offending YAML node.</summary>
/// <param name="File">The dataset file's name, e.g. <c>000-dol-ilab-us-china.yaml</c>.</param>
/// <param name="Line">The 1-based line.</param>
/// <param name="Column">The 1-based column.</param>
/// <param name="Message">What is wrong, and what would be right.</param>
public sealed record DatasetError(string File, int Line, int Column, string Message)
{
    /// <summary>The compiler-style form <c>file:line:column: message</c>.</summary>
    public override string ToString() => $"{File}:{Line}:{Column}: {Message}";
}

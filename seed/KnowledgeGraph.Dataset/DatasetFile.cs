namespace KnowledgeGraph.Dataset;

/// <summary>One YAML file of the dataset.</summary>
/// <param name="Name">The file name, e.g. <c>000-dol-ilab-us-china.yaml</c>; errors are reported against it.</param>
/// <param name="Text">The file's whole text.</param>
public sealed record DatasetFile(string Name, string Text);

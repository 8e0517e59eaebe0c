using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Dataset;

/// <summary>What loading the dataset gave: the graph when valid, otherwise every error found.</summary>
/// <param name="Dataset">The graph, or null when there is any error.</param>
/// <param name="Errors">Every error, in file order, then by line and column.</param>
/// <param name="ContentHash">The files' content hash (<see cref="DatasetFiles.ContentHash"/>).</param>
public sealed record DatasetLoadResult(GraphDataset? Dataset, IReadOnlyList<DatasetError> Errors, string ContentHash)
{
    /// <summary>True when there is no error (and so <see cref="Dataset"/> is set).</summary>
    public bool IsValid => Errors.Count == 0;
}

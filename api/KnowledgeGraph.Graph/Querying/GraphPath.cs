namespace KnowledgeGraph.Graph;

/// <summary>
/// A path through the graph: the nodes in walking order and the relationship taken at each step. A step may
/// walk a relationship against its direction; the relationship itself keeps its true from/to.
/// </summary>
/// <param name="NodeIds">The nodes visited, first to last (one more than the steps).</param>
/// <param name="Steps">The relationship taken between each pair of consecutive nodes.</param>
public sealed record GraphPath(IReadOnlyList<string> NodeIds, IReadOnlyList<GraphRelationship> Steps)
{
    /// <summary>The number of steps.</summary>
    public int Length => NodeIds.Count - 1;

    /// <summary>
    /// True when the relationships were left out (<see cref="Steps"/> empty whatever the length): the caller asked
    /// for the nodes and length only, so the store did not read them.
    /// </summary>
    public bool StepsOmitted { get; init; }

    /// <summary>A path of these nodes whose relationships were not read.</summary>
    public static GraphPath WithoutSteps(IReadOnlyList<string> nodeIds) => new(nodeIds, []) { StepsOmitted = true };
}

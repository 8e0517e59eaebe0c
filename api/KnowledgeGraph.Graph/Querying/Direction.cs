namespace KnowledgeGraph.Graph;

/// <summary>Which relationships of a node to follow.</summary>
public enum Direction
{
    /// <summary>Relationships that start at the node.</summary>
    Out,

    /// <summary>Relationships that end at the node.</summary>
    In,

    /// <summary>Both.</summary>
    Both,
}

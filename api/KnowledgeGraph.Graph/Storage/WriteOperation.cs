namespace KnowledgeGraph.Graph;

/// <summary>What a curator write does.</summary>
public enum WriteOperation
{
    /// <summary>Adds a node; its id must be new.</summary>
    CreateNode,

    /// <summary>Replaces a node's name, description, aliases, properties and evidence.</summary>
    UpdateNode,

    /// <summary>Removes a node and every relationship touching it.</summary>
    DeleteNode,

    /// <summary>Adds a relationship between two existing nodes.</summary>
    CreateRelationship,

    /// <summary>Replaces a relationship's properties and evidence.</summary>
    UpdateRelationship,

    /// <summary>Removes a relationship.</summary>
    DeleteRelationship,
}

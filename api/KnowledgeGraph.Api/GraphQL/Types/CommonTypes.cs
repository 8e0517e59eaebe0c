using GraphQL.Types;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Api;

/// <summary>The types every node type shares: Entity, Evidence, Fact, Direction, PageInfo, and the path and search results.</summary>
public sealed class CommonTypes
{
    /// <summary>Builds the shared types; node types are attached later through <see cref="Entity"/>.</summary>
    public CommonTypes()
    {
        Direction = new EnumerationGraphType { Name = "Direction", Description = "Which relationships of a node to follow." };
        Direction.Add("OUT", Graph.Direction.Out, "Relationships that start at the node.");
        Direction.Add("IN", Graph.Direction.In, "Relationships that end at the node.");
        Direction.Add("BOTH", Graph.Direction.Both, "Both.");

        EntityType = new EnumerationGraphType { Name = "EntityType", Description = "A node label." };
        foreach (var label in Ontology.Labels)
        {
            EntityType.Add(label.Name.ToUpperInvariant(), label.Name, label.Description);
        }

        Entity = new InterfaceGraphType { Name = "Entity", Description = "A node of the graph. Every node has an id, a name, aliases and the evidence for it." };
        Evidence = new ObjectGraphType { Name = "Evidence", Description = "Why a fact is believed: a source and a verbatim quote from it (at most 300 characters)." };
        Fact = new ObjectGraphType { Name = "Fact", Description = "A relationship seen from one of its nodes: its type, direction, role, the node at the other end and the evidence." };
        PageInfo = new ObjectGraphType { Name = "PageInfo", Description = "Where a page sits in its connection." };
        Path = new ObjectGraphType { Name = "Path", Description = "A connection between two nodes, one relationship per step." };
        Step = new ObjectGraphType { Name = "Step", Description = "One relationship of a path, with its true direction (from → to) and its evidence." };
        SearchHit = new ObjectGraphType { Name = "SearchHit", Description = "A search result." };
        Coverage = new ObjectGraphType { Name = "Coverage", Description = "A program that covers a disease or hazard, and the shortest explanation why." };
    }

    /// <summary>The Entity interface.</summary>
    public InterfaceGraphType Entity { get; }

    /// <summary>Direction.</summary>
    public EnumerationGraphType Direction { get; }

    /// <summary>EntityType.</summary>
    public EnumerationGraphType EntityType { get; }

    /// <summary>Evidence.</summary>
    public ObjectGraphType Evidence { get; }

    /// <summary>Fact.</summary>
    public ObjectGraphType Fact { get; }

    /// <summary>PageInfo.</summary>
    public ObjectGraphType PageInfo { get; }

    /// <summary>Path.</summary>
    public ObjectGraphType Path { get; }

    /// <summary>Step.</summary>
    public ObjectGraphType Step { get; }

    /// <summary>SearchHit.</summary>
    public ObjectGraphType SearchHit { get; }

    /// <summary>Coverage.</summary>
    public ObjectGraphType Coverage { get; }
}

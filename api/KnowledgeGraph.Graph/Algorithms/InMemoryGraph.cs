namespace KnowledgeGraph.Graph;

/// <summary>A whole dataset indexed in memory: the reference model the stores are tested against.</summary>
public sealed class InMemoryGraph
{
    private readonly Dictionary<string, GraphNode> _nodes;
    private readonly ILookup<string, GraphRelationship> _out;
    private readonly ILookup<string, GraphRelationship> _in;

    /// <summary>Indexes a dataset.</summary>
    public InMemoryGraph(GraphDataset dataset)
    {
        Dataset = dataset;
        _nodes = dataset.Nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        _out = dataset.Relationships.ToLookup(r => r.From, StringComparer.Ordinal);
        _in = dataset.Relationships.ToLookup(r => r.To, StringComparer.Ordinal);
    }

    /// <summary>The dataset indexed.</summary>
    public GraphDataset Dataset { get; }

    /// <summary>The node with this id, or null.</summary>
    public GraphNode? Node(string id) => _nodes.GetValueOrDefault(id);

    /// <summary>The relationships of a node by type, direction and other label (null for any).</summary>
    public IEnumerable<GraphRelationship> Relationships(string nodeId, string? type, Direction direction, string? otherLabel)
    {
        IEnumerable<GraphRelationship> rels = direction switch
        {
            Direction.Out => _out[nodeId],
            Direction.In => _in[nodeId],
            _ => _out[nodeId].Concat(_in[nodeId].Where(r => r.From != r.To)),
        };
        return rels.Where(r => (type is null || r.Type == type)
            && (otherLabel is null || _nodes[r.Other(nodeId)].Label == otherLabel));
    }

    /// <summary>The nodes at the other end of a node's relationships.</summary>
    public IEnumerable<GraphNode> Related(string nodeId, string type, Direction direction, string otherLabel) =>
        Relationships(nodeId, type, direction, otherLabel).Select(r => _nodes[r.Other(nodeId)]);

    /// <summary>The label's nodes that satisfy the filter, in order.</summary>
    public IReadOnlyList<GraphNode> Query(string label, Filter? where, IReadOnlyList<SortKey> order) =>
        FilterEvaluator.Sort(
            Dataset.Nodes.Where(n => n.Label == label && FilterEvaluator.Matches(n, where, Related)),
            order).ToList();
}

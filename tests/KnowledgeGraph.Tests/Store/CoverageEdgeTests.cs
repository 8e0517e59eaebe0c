using KnowledgeGraph.Graph;
using Xunit;

namespace KnowledgeGraph.Tests;

/// <summary>
/// Coverage edges are ordered as their ids compare, without making the ids: ties in the search must go to the same
/// relationship as ordering the id strings would give, prefixes and separators included.
/// </summary>
public sealed class CoverageEdgeTests
{
    [Fact]
    public void Edges_order_exactly_as_their_ids_compare_ordinally()
    {
        string[] nodes = ["program:a", "program:a-b", "program:a|", "program:ab", "program:A", "event:a", "disease:x", "hazard:é", "program:", "p"];
        string[] types = ["ADDRESSES", "COVERED", "CAUSES", "PART_OF", "PART"];
        var edges = (from f in nodes from t in types from to in nodes.Take(4) select new CoverageEdge(t, f, to)).ToList();
        var random = new Random(7);

        for (var i = 0; i < 5_000; i++)
        {
            var a = edges[random.Next(edges.Count)];
            var b = edges[random.Next(edges.Count)];
            Assert.Equal(Math.Sign(string.CompareOrdinal(a.Id, b.Id)), Math.Sign(CoverageEdge.ById(a, b)));
        }

        var sorted = edges.ToList();
        sorted.Sort(CoverageEdge.ById);
        Assert.Equal(edges.Select(e => e.Id).Order(StringComparer.Ordinal), sorted.Select(e => e.Id));
    }

    [Fact]
    public void The_id_is_the_relationship_id()
    {
        var edge = new CoverageEdge("ADDRESSES", "program:campaign", "disease:pneumoconiosis");

        Assert.Equal("program:campaign|ADDRESSES|disease:pneumoconiosis", edge.Id);
        Assert.Equal(GraphRelationship.IdOf(edge.From, edge.Type, edge.To), edge.Id);
    }
}

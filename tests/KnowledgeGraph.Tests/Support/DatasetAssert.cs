using System.Text.Json;
using KnowledgeGraph.Graph;
using Xunit;

namespace KnowledgeGraph.Tests;

/// <summary>Compares graphs by content (records holding lists compare by reference otherwise).</summary>
internal static class DatasetAssert
{
    public static string Canonical(GraphNode n) => JsonSerializer.Serialize(new
    {
        n.Id, n.Label, n.Name, n.Description, n.Aliases,
        Properties = n.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).ToArray(),
        Evidence = n.Evidence.Select(e => new[] { e.Source, e.Quote }),
    });

    public static string Canonical(GraphRelationship r) => JsonSerializer.Serialize(new
    {
        r.Type, r.From, r.To,
        Properties = r.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).ToArray(),
        Evidence = r.Evidence.Select(e => new[] { e.Source, e.Quote }),
    });

    public static void Equal(GraphDataset expected, GraphDataset actual)
    {
        var e = expected.Nodes.Select(Canonical).Order(StringComparer.Ordinal).ToList();
        var a = actual.Nodes.Select(Canonical).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(e.Count, a.Count);
        Assert.Equal(e, a);
        var er = expected.Relationships.Select(Canonical).Order(StringComparer.Ordinal).ToList();
        var ar = actual.Relationships.Select(Canonical).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(er.Count, ar.Count);
        Assert.Equal(er, ar);
    }
}

using KnowledgeGraph.Dataset;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Seed;
using Xunit;

namespace KnowledgeGraph.Tests;

/// <summary>The curated dataset is complete enough to be useful: counts, coverage of every document, few references.</summary>
public sealed class CuratedDatasetTests
{
    private static readonly GraphDataset Dataset = DatasetLoader.Load(DatasetFiles.Embedded(), null).Dataset
        ?? throw new InvalidOperationException("The built-in dataset is invalid; see EmbeddedDatasetTests.");

    [Fact]
    public void The_graph_has_at_least_200_nodes_and_400_relationships()
    {
        Assert.True(Dataset.Nodes.Count >= 200, $"{Dataset.Nodes.Count} nodes");
        Assert.True(Dataset.Relationships.Count >= 400, $"{Dataset.Relationships.Count} relationships");
    }

    [Fact]
    public void Every_document_is_well_represented()
    {
        var report = new DatasetReport(Dataset);
        var documents = report.Sources.Where(s => s.Get("kind") == "DOCUMENT").ToList();

        Assert.Equal(5, documents.Count);
        foreach (var document in documents)
        {
            var nodes = report.NodesFrom(document.Id).Values.Sum();
            var rels = report.RelationshipsFrom(document.Id).Values.Sum();
            Assert.True(nodes >= 40 && rels >= 60, $"{document.Id}: {nodes} nodes, {rels} relationships");
        }
    }

    [Fact]
    public void Every_label_and_most_relationship_types_are_used()
    {
        Assert.All(Ontology.Labels, l => Assert.Contains(Dataset.Nodes, n => n.Label == l.Name));
        var unused = Ontology.RelationshipTypes.Where(t => Dataset.Relationships.All(r => r.Type != t)).ToList();
        Assert.Empty(unused);
    }

    [Fact]
    public void Reference_facts_are_few_and_only_causes_and_codes()
    {
        var references = Dataset.Nodes.Where(n => n.Label == "Source" && n.Get("kind") == "REFERENCE").Select(n => n.Id).ToHashSet();
        var citingRelationships = Dataset.Relationships.Where(r => r.Evidence.Any(e => references.Contains(e.Source))).ToList();
        var citingNodes = Dataset.Nodes.Where(n => n.Label != "Source" && n.Evidence.Any(e => references.Contains(e.Source))).ToList();

        Assert.All(citingRelationships, r => Assert.Equal("CAUSES", r.Type));
        Assert.All(citingNodes, n => Assert.Equal("Disease", n.Label));
        Assert.True(citingRelationships.Count + citingNodes.Count <= 10, "reference facts should stay few");
    }

    [Fact]
    public void Roles_are_recorded_where_the_documents_give_them()
    {
        var roles = Dataset.Relationships.Select(r => r.Role).Where(r => r is not null).Distinct().ToList();

        foreach (var role in new[] { "CHAIR", "CO_CHAIR", "HOST", "HEAD_OF_DELEGATION", "KEYNOTE", "LEAD", "PARTNER" })
        {
            Assert.Contains(role, roles);
        }
    }
}

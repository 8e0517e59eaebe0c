using KnowledgeGraph.Graph;
using Xunit;

namespace KnowledgeGraph.Tests;

/// <summary>A node or relationship given in several files becomes one: evidence adds up, aliases unite, scalars fill in.</summary>
public sealed class DatasetMergeTests
{
    private const string Beta = """
        source: source:ref
        nodes:
          - id: hazard:dust
            aliases: [DUST, Silica dust, silica DUST]
            evidence:
              - "Reference list"
              - { source: source:alpha, quote: "Dust is the   main hazard in the mines." }
          - id: disease:silicosis
            description: A lung disease caused by silica dust.
            icd10: J62
            evidence:
              - "silicosis is listed"
        relationships:
          - from: agency:dol
            type: PARTICIPATES_IN
            to: program:dust-project
            role: LEAD
            evidence:
              - "Reference list"

        """;

    private static GraphDataset Load()
    {
        var result = TestDataset.Valid.With("beta.yaml", Beta).Load(null);
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        return result.Dataset!;
    }

    [Fact]
    public void Evidence_is_concatenated_in_file_order_and_repeats_are_kept_once()
    {
        var dust = Load().Nodes.Single(n => n.Id == "hazard:dust");

        // alpha.yaml comes before beta.yaml; beta's copy of alpha's quote (whitespace aside) is the same evidence.
        Assert.Equal(
            [new Evidence("source:alpha", "Dust is the main hazard in the mines."), new Evidence("source:ref", "Reference list")],
            dust.Evidence);
    }

    [Fact]
    public void Aliases_are_united_case_insensitively_keeping_the_first_spelling()
    {
        var dust = Load().Nodes.Single(n => n.Id == "hazard:dust");

        Assert.Equal(["Dust", "Silica dust"], dust.Aliases);
    }

    [Fact]
    public void Name_description_and_properties_come_from_whichever_file_gives_them()
    {
        var silicosis = Load().Nodes.Single(n => n.Id == "disease:silicosis");

        Assert.Equal("Silicosis", silicosis.Name);
        Assert.Equal("A lung disease caused by silica dust.", silicosis.Description);
        Assert.Equal("Disease", silicosis.Label);
        Assert.Equal(new Dictionary<string, string> { ["icd10"] = "J62" }, silicosis.Properties);
        Assert.Equal(2, silicosis.Evidence.Count);
    }

    [Fact]
    public void A_relationship_in_two_files_is_one_with_both_files_evidence()
    {
        var dataset = Load();
        var participates = dataset.Relationships.Single(r => r.Type == "PARTICIPATES_IN");

        Assert.Equal("agency:dol|PARTICIPATES_IN|program:dust-project", participates.Id);
        Assert.Equal("LEAD", participates.Role);
        Assert.Equal(["source:alpha", "source:ref"], participates.Evidence.Select(e => e.Source));
        Assert.Equal(3, dataset.Relationships.Count);
    }

    [Fact]
    public void Nodes_and_relationships_are_ordered_by_id_and_carry_only_their_labels_properties()
    {
        var dataset = Load();

        Assert.Equal(dataset.Nodes.Select(n => n.Id).Order(StringComparer.Ordinal), dataset.Nodes.Select(n => n.Id));
        Assert.Equal(dataset.Relationships.Select(r => r.Id).Order(StringComparer.Ordinal), dataset.Relationships.Select(r => r.Id));
        Assert.Equal(6, dataset.Nodes.Count);
        foreach (var node in dataset.Nodes)
        {
            var label = Ontology.Label(node.Label);
            Assert.NotNull(label);
            Assert.All(node.Properties.Keys, key => Assert.NotNull(label.Property(key)));
        }

        var project = dataset.Nodes.Single(n => n.Id == "program:dust-project");
        Assert.Equal(new Dictionary<string, string> { ["kind"] = "PROJECT", ["startDate"] = "2013", ["endDate"] = "2015-06" }, project.Properties);
        Assert.Null(project.Description);
        Assert.Empty(project.Aliases);
    }
}

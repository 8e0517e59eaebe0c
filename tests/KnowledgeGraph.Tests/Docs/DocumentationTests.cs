using KnowledgeGraph.Dataset;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Seed;
using Xunit;

namespace KnowledgeGraph.Tests;

/// <summary>The documentation stays true: generated counts, and the ontology page names everything the code defines.</summary>
public sealed class DocumentationTests
{
    [Fact]
    public void The_dataset_page_counts_are_up_to_date()
    {
        var loaded = DatasetLoader.Load(DatasetFiles.FromDirectory(RepositoryPaths.Of("seed", "data")), null);
        Assert.True(loaded.IsValid, string.Join("\n", loaded.Errors));
        var path = RepositoryPaths.Of("docs", "dataset.md");
        var current = File.ReadAllText(path);

        var expected = new DatasetReport(loaded.Dataset!).ApplyTo(current);

        Assert.True(expected == current, "docs/dataset.md is out of date: run `dotnet run --project seed/KnowledgeGraph.Seed -- docs`.");
    }

    [Fact]
    public void The_ontology_page_names_every_label_property_value_and_relationship()
    {
        var page = File.ReadAllText(RepositoryPaths.Of("graph-schema", "ontology.md"));
        var missing = new List<string>();
        foreach (var label in Ontology.Labels)
        {
            Check($"`{label.Name}`");
            Check($"`{label.IdPrefix}:`");
            foreach (var property in label.Properties)
            {
                Check($"`{property.Name}`");
            }
        }

        foreach (var (name, values) in Ontology.Enums)
        {
            Check(name);
            foreach (var value in values)
            {
                Check(value);
            }
        }

        foreach (var rel in Ontology.Relationships)
        {
            Check($"`{rel.Type}`");
            Check($"`{rel.OutField}`");
            Check($"`{rel.InField}`");
        }

        Assert.Empty(missing);

        void Check(string text)
        {
            if (!page.Contains(text, StringComparison.Ordinal))
            {
                missing.Add(text);
            }
        }
    }

    [Fact]
    public void The_neo4j_schema_has_a_uniqueness_constraint_for_every_label()
    {
        var cypher = File.ReadAllText(RepositoryPaths.Of("graph-schema", "schema.cypher"));

        Assert.All(Ontology.Labels, l => Assert.Contains($"FOR (n:{l.Name}) REQUIRE n.id IS UNIQUE", cypher, StringComparison.Ordinal));
        Assert.Contains("CREATE FULLTEXT INDEX", cypher, StringComparison.Ordinal);
        Assert.Contains("ON (n.startDate)", cypher, StringComparison.Ordinal);
    }
}

using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;
using KnowledgeGraph.Api;
using KnowledgeGraph.Graph;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace KnowledgeGraph.Tests;

/// <summary>The served schema matches graph-schema/schema.graphql, describes everything and follows the contract's names.</summary>
public sealed class SchemaTests(GraphQLSampleFixture fixture) : IClassFixture<GraphQLSampleFixture>
{
    private ISchema Schema
    {
        get
        {
            var schema = fixture.Api.Services.GetRequiredService<KnowledgeGraphSchema>();
            schema.Initialize();
            return schema;
        }
    }

    [Fact]
    public void The_served_schema_matches_the_committed_SDL()
    {
        var path = RepositoryPaths.Of("graph-schema", "schema.graphql");
        var served = Schema.Print().ReplaceLineEndings("\n").TrimEnd() + "\n";
        if (RepositoryPaths.UpdateSnapshots)
        {
            File.WriteAllText(path, served);
        }

        var committed = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : string.Empty;
        Assert.True(
            committed == served,
            "The GraphQL schema changed. Review the change, then update graph-schema/schema.graphql with: " +
            "UPDATE_SNAPSHOTS=1 dotnet test --filter The_served_schema_matches_the_committed_SDL");
    }

    [Fact]
    public void Every_type_field_argument_and_enum_value_has_a_description()
    {
        var missing = new List<string>();
        foreach (var type in Schema.AllTypes.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal) && t is not ScalarGraphType))
        {
            if (string.IsNullOrWhiteSpace(type.Description))
            {
                missing.Add(type.Name);
            }

            if (type is IComplexGraphType complex)
            {
                foreach (var field in complex.Fields)
                {
                    if (string.IsNullOrWhiteSpace(field.Description))
                    {
                        missing.Add($"{type.Name}.{field.Name}");
                    }

                    foreach (var argument in field.Arguments ?? [])
                    {
                        if (string.IsNullOrWhiteSpace(argument.Description))
                        {
                            missing.Add($"{type.Name}.{field.Name}({argument.Name})");
                        }
                    }
                }
            }

            if (type is EnumerationGraphType enumeration)
            {
                missing.AddRange(enumeration.Values.Where(v => string.IsNullOrWhiteSpace(v.Description)).Select(v => $"{type.Name}.{v.Name}"));
            }
        }

        Assert.Empty(missing);
    }

    [Fact]
    public void The_contract_names_are_all_there()
    {
        var query = Schema.Query;
        foreach (var label in Ontology.Labels)
        {
            Assert.NotNull(query.GetField(label.Plural));
            Assert.NotNull(query.GetField(label.Singular));
            var type = Assert.IsAssignableFrom<IObjectGraphType>(Schema.AllTypes[label.Name]);
            Assert.Contains(type.ResolvedInterfaces, i => i.Name == "Entity");
        }

        Assert.Equal(
            ["hazards", "diseases", "programs", "events", "agencies", "people", "regulations", "topics", "sectors", "countries", "sources"],
            Ontology.Labels.Select(l => l.Plural));
        foreach (var name in new[] { "node", "search", "paths" })
        {
            Assert.NotNull(query.GetField(name));
        }

        foreach (var (type, field) in new[] { ("Disease", "coveredBy"), ("Hazard", "coveredBy"), ("Program", "subprograms"), ("Event", "people"), ("Agency", "units"), ("Regulation", "issuedBy"), ("Hazard", "causes"), ("Disease", "causedBy") })
        {
            Assert.NotNull(((IComplexGraphType)Schema.AllTypes[type]!).GetField(field));
        }

        Assert.NotNull(Schema.AllTypes["StringOperationFilterInput"]);
        Assert.NotNull(Schema.AllTypes["ListFilterInputTypeOfCountryFilterInput"]);
        Assert.NotNull(Schema.AllTypes["SortEnumType"]);
        Assert.NotNull(Schema.AllTypes["ProgramsConnection"]);
    }
}

using GraphQL.Types;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Api;

/// <summary>
/// The GraphQL schema, built from the ontology at start-up: the contract's Entity interface, one type per label,
/// HotChocolate-style filter, sort and connection types, search, paths and coverage.
/// </summary>
public sealed class KnowledgeGraphSchema : Schema
{
    /// <summary>Builds the schema.</summary>
    public KnowledgeGraphSchema(IServiceProvider services)
        : base(services)
    {
        Description = "The occupational-safety knowledge graph: hazards, diseases, programs, events, agencies, people, regulations and the evidence for every fact.";
        var enums = Ontology.Enums.ToDictionary(e => e.Key, e => BuildEnum(e.Key, e.Value));
        var common = new CommonTypes();
        var nodes = new NodeTypes(common, enums);
        var filters = new FilterInputTypes(enums);
        var sorts = new SortInputTypes();
        var limits = services.GetService(typeof(Microsoft.Extensions.Options.IOptions<LimitsOptions>)) is Microsoft.Extensions.Options.IOptions<LimitsOptions> configured ? configured.Value : new LimitsOptions();
        Query = QueryType.Build(common, nodes, filters, sorts, limits);
        Mutation = MutationType.Build(common, (ObjectGraphType)Query);
        foreach (var label in Ontology.Labels)
        {
            RegisterType(nodes.For(label.Name));
        }
    }

    private static EnumerationGraphType BuildEnum(string name, IReadOnlyList<string> values)
    {
        var type = new EnumerationGraphType { Name = name, Description = EnumDescriptions.Of(name) };
        foreach (var value in values)
        {
            type.Add(value, value, EnumDescriptions.Of(name, value));
        }

        return type;
    }
}

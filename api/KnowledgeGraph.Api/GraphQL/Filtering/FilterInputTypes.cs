using GraphQL.Types;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Api;

/// <summary>
/// The filter input types, named and shaped as HotChocolate names them (<c>StringOperationFilterInput</c>,
/// <c>ListFilterInputTypeOfHazardFilterInput</c> ...), so a HotChocolate client's queries run unchanged.
/// </summary>
public sealed class FilterInputTypes
{
    private readonly Dictionary<string, InputObjectGraphType> _byLabel = [];
    private readonly Dictionary<string, InputObjectGraphType> _lists = [];
    private readonly Dictionary<string, InputObjectGraphType> _enumOps = [];

    /// <summary>Builds every label's filter input; enum types come from <paramref name="enums"/>.</summary>
    public FilterInputTypes(IReadOnlyDictionary<string, EnumerationGraphType> enums)
    {
        Strings = Operations("StringOperationFilterInput", "Conditions on a string; contains is case-insensitive.", ScalarTypes.StringType, StringOps);
        Ids = Operations("IdOperationFilterInput", "Conditions on an id.", ScalarTypes.IdType, IdOps);
        Dates = Operations("DateOperationFilterInput", "Conditions on an ISO 8601 date string (2013, 2013-12, 2013-12-09); comparisons are in ISO order.", ScalarTypes.StringType, [.. StringOps, .. ComparableOps]);
        StringLists = new InputObjectGraphType { Name = "ListStringOperationFilterInput", Description = "Conditions on a list of strings." };
        AddQuantifiers(StringLists, Strings, "string");

        foreach (var (name, type) in enums)
        {
            _enumOps[name] = Operations($"{name}OperationFilterInput", $"Conditions on a {name} value.", type, EnumOps);
        }

        foreach (var label in Ontology.Labels)
        {
            _byLabel[label.Name] = new InputObjectGraphType { Name = $"{label.Name}FilterInput", Description = $"Conditions on {label.Plural}; all given conditions must hold." };
            _lists[label.Name] = new InputObjectGraphType { Name = $"ListFilterInputTypeOf{label.Name}FilterInput", Description = $"Conditions on a list of {label.Plural}." };
        }

        foreach (var label in Ontology.Labels)
        {
            var input = _byLabel[label.Name];
            input.AddField(new FieldType { Name = "and", Description = "Every one of these conditions holds.", ResolvedType = new ListGraphType(new NonNullGraphType(input)) });
            input.AddField(new FieldType { Name = "or", Description = "At least one of these conditions holds.", ResolvedType = new ListGraphType(new NonNullGraphType(input)) });
            input.AddField(new FieldType { Name = "id", Description = "The node's id.", ResolvedType = Ids });
            input.AddField(new FieldType { Name = "name", Description = "The node's name.", ResolvedType = Strings });
            input.AddField(new FieldType { Name = "description", Description = "The node's description.", ResolvedType = Strings });
            input.AddField(new FieldType { Name = "aliases", Description = "The node's other names.", ResolvedType = StringLists });
            foreach (var property in label.Properties)
            {
                input.AddField(new FieldType { Name = property.Name, Description = property.Description, ResolvedType = ForProperty(property) });
            }

            foreach (var field in RelationshipField.Of(label.Name))
            {
                input.AddField(new FieldType
                {
                    Name = field.Name,
                    Description = field.Single
                        ? $"The {field.OtherLabel} it is linked to by {field.Definition.Type} satisfies these conditions."
                        : $"Conditions on the {Ontology.Label(field.OtherLabel)!.Plural} linked by {field.Definition.Type}.",
                    ResolvedType = field.Single ? _byLabel[field.OtherLabel] : _lists[field.OtherLabel],
                });
            }

            AddQuantifiers(_lists[label.Name], input, label.Name);
        }
    }

    /// <summary>String conditions.</summary>
    public InputObjectGraphType Strings { get; }

    /// <summary>Id conditions.</summary>
    public InputObjectGraphType Ids { get; }

    /// <summary>Date conditions.</summary>
    public InputObjectGraphType Dates { get; }

    /// <summary>Conditions on a list of strings.</summary>
    public InputObjectGraphType StringLists { get; }

    /// <summary>The filter input of a label.</summary>
    public InputObjectGraphType For(string label) => _byLabel[label];

    /// <summary>The operation input for a property.</summary>
    public InputObjectGraphType ForProperty(PropertyDefinition property) => property.Kind switch
    {
        PropertyKind.Enum => _enumOps[property.EnumName!],
        PropertyKind.Date => Dates,
        _ => Strings,
    };

    private static readonly (string Name, string Description, bool List)[] StringOps =
    [
        ("eq", "Equals (null: has no value).", false),
        ("neq", "Does not equal (null: has a value).", false),
        ("in", "Equals one of these.", true),
        ("nin", "Equals none of these.", true),
        ("contains", "Contains this text, ignoring case.", false),
        ("ncontains", "Does not contain this text, ignoring case.", false),
        ("startsWith", "Starts with this text.", false),
        ("nstartsWith", "Does not start with this text.", false),
        ("endsWith", "Ends with this text.", false),
        ("nendsWith", "Does not end with this text.", false),
    ];

    private static readonly (string Name, string Description, bool List)[] IdOps =
    [
        ("eq", "Equals.", false),
        ("neq", "Does not equal.", false),
        ("in", "Equals one of these.", true),
        ("nin", "Equals none of these.", true),
    ];

    private static readonly (string Name, string Description, bool List)[] EnumOps = IdOps;

    private static readonly (string Name, string Description, bool List)[] ComparableOps =
    [
        ("gt", "Later than (in ISO order).", false),
        ("ngt", "Not later than.", false),
        ("gte", "Later than or equal to.", false),
        ("ngte", "Not later than or equal to.", false),
        ("lt", "Earlier than.", false),
        ("nlt", "Not earlier than.", false),
        ("lte", "Earlier than or equal to.", false),
        ("nlte", "Not earlier than or equal to.", false),
    ];

    private static InputObjectGraphType Operations(string name, string description, IGraphType scalar, (string Name, string Description, bool List)[] ops)
    {
        var type = new InputObjectGraphType { Name = name, Description = description };
        type.AddField(new FieldType { Name = "and", Description = "Every one of these conditions holds.", ResolvedType = new ListGraphType(new NonNullGraphType(type)) });
        type.AddField(new FieldType { Name = "or", Description = "At least one of these conditions holds.", ResolvedType = new ListGraphType(new NonNullGraphType(type)) });
        foreach (var (op, text, list) in ops)
        {
            type.AddField(new FieldType { Name = op, Description = text, ResolvedType = list ? new ListGraphType(scalar) : scalar });
        }

        return type;
    }

    private static void AddQuantifiers(InputObjectGraphType list, InputObjectGraphType element, string what)
    {
        list.AddField(new FieldType { Name = "all", Description = $"Every {what} satisfies these conditions (true for none).", ResolvedType = element });
        list.AddField(new FieldType { Name = "none", Description = $"No {what} satisfies these conditions.", ResolvedType = element });
        list.AddField(new FieldType { Name = "some", Description = $"At least one {what} satisfies these conditions.", ResolvedType = element });
        list.AddField(new FieldType { Name = "any", Description = "true: the list is not empty; false: it is empty.", ResolvedType = ScalarTypes.BooleanType });
    }
}

using GraphQL.Types;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Api;

/// <summary>The sort inputs, as HotChocolate names them: <c>order: [{ startDate: DESC }, { name: ASC }]</c>.</summary>
public sealed class SortInputTypes
{
    private readonly Dictionary<string, InputObjectGraphType> _byLabel = [];

    /// <summary>Builds every label's sort input.</summary>
    public SortInputTypes()
    {
        Direction = new EnumerationGraphType { Name = "SortEnumType", Description = "A sort direction." };
        Direction.Add("ASC", "ASC", "Ascending; a missing value sorts first.");
        Direction.Add("DESC", "DESC", "Descending; a missing value sorts last.");
        foreach (var label in Ontology.Labels)
        {
            var input = new InputObjectGraphType
            {
                Name = $"{label.Name}SortInput",
                Description = $"Sort keys for {label.Plural}; give one field per list element, in priority order. Ties are broken by id.",
            };
            input.AddField(new FieldType { Name = "id", Description = "By id.", ResolvedType = Direction });
            input.AddField(new FieldType { Name = "name", Description = "By name.", ResolvedType = Direction });
            input.AddField(new FieldType { Name = "description", Description = "By description.", ResolvedType = Direction });
            foreach (var property in label.Properties)
            {
                input.AddField(new FieldType { Name = property.Name, Description = $"By {property.Name}.", ResolvedType = Direction });
            }

            _byLabel[label.Name] = input;
        }
    }

    /// <summary>ASC or DESC.</summary>
    public EnumerationGraphType Direction { get; }

    /// <summary>The sort input of a label.</summary>
    public InputObjectGraphType For(string label) => _byLabel[label];

    /// <summary>Turns an <c>order</c> argument into sort keys, in the order given.</summary>
    public static IReadOnlyList<SortKey> Parse(object? order) =>
        order is IEnumerable<object?> list
            ? list.OfType<IDictionary<string, object?>>()
                .SelectMany(d => d.Where(kv => kv.Value is not null).Select(kv => new SortKey(kv.Key, Equals(kv.Value, "DESC"))))
                .ToList()
            : [];
}

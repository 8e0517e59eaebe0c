using System.Text;
using System.Text.Json;
using KnowledgeGraph.Api;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Tests;

/// <summary>Prints a <see cref="Filter"/> as the GraphQL <c>where</c> literal a client would write.</summary>
internal static class FilterPrinter
{
    public static string Print(string label, Filter filter) => filter switch
    {
        AndFilter and => $"{{ and: [{string.Join(", ", and.Operands.Select(f => Print(label, f)))}] }}",
        OrFilter or => $"{{ or: [{string.Join(", ", or.Operands.Select(f => Print(label, f)))}] }}",
        PropertyFilter p => $"{{ {p.Property}: {Operation(label, p)} }}",
        RelationFilter r => Relation(label, r),
        _ => throw new NotSupportedException(filter.GetType().Name),
    };

    private static string Operation(string label, PropertyFilter p)
    {
        var isEnum = Ontology.Label(label)?.Property(p.Property)?.Kind == PropertyKind.Enum;
        string Value(string? v) => v is null ? "null" : isEnum ? v : JsonSerializer.Serialize(v);
        var op = p.Operator.ToString();
        op = char.ToLowerInvariant(op[0]) + op[1..];
        op = op switch { "nContains" => "ncontains", "nStartsWith" => "nstartsWith", "nEndsWith" => "nendsWith", _ => op };
        var value = p.Operator is FilterOperator.In or FilterOperator.Nin
            ? "[" + string.Join(", ", (p.Values ?? []).Select(Value)) + "]"
            : Value(p.Value);
        return $"{{ {op}: {value} }}";
    }

    private static string Relation(string label, RelationFilter r)
    {
        var field = RelationshipField.Of(label).Single(f => f.Definition.Type == r.Type && f.Direction == r.Direction && f.OtherLabel == r.OtherLabel);
        var body = new StringBuilder();
        if (field.Single)
        {
            return $"{{ {field.Name}: {Print(field.OtherLabel, r.Inner!)} }}";
        }

        var quantifier = r.Quantifier.ToString().ToLowerInvariant();
        var inner = r.Quantifier == Quantifier.Any ? (r.Any == true ? "true" : "false") : Print(field.OtherLabel, r.Inner!);
        return $"{{ {field.Name}: {{ {quantifier}: {inner} }} }}";
    }
}

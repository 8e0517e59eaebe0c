using System.Globalization;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Api;

/// <summary>Turns a <c>where</c> argument (as GraphQL.NET parsed it) into the store's <see cref="Filter"/>.</summary>
public static class FilterArgumentParser
{
    private static readonly Dictionary<string, FilterOperator> Operators = new(StringComparer.Ordinal)
    {
        ["eq"] = FilterOperator.Eq, ["neq"] = FilterOperator.Neq, ["in"] = FilterOperator.In, ["nin"] = FilterOperator.Nin,
        ["contains"] = FilterOperator.Contains, ["ncontains"] = FilterOperator.NContains,
        ["startsWith"] = FilterOperator.StartsWith, ["nstartsWith"] = FilterOperator.NStartsWith,
        ["endsWith"] = FilterOperator.EndsWith, ["nendsWith"] = FilterOperator.NEndsWith,
        ["gt"] = FilterOperator.Gt, ["ngt"] = FilterOperator.Ngt, ["gte"] = FilterOperator.Gte, ["ngte"] = FilterOperator.Ngte,
        ["lt"] = FilterOperator.Lt, ["nlt"] = FilterOperator.Nlt, ["lte"] = FilterOperator.Lte, ["nlte"] = FilterOperator.Nlte,
    };

    /// <summary>The filter on a label's nodes, or null for no condition.</summary>
    public static Filter? Parse(string label, object? where)
    {
        if (where is not IDictionary<string, object?> fields)
        {
            return null;
        }

        var relationships = RelationshipField.Of(label).ToDictionary(f => f.Name, StringComparer.Ordinal);
        var parts = new List<Filter>();
        foreach (var (name, value) in fields)
        {
            switch (name)
            {
                case "and":
                    parts.Add(new AndFilter(Many(value).Select(v => Parse(label, v) ?? new AndFilter([])).ToList()));
                    break;
                case "or":
                    parts.Add(new OrFilter(Many(value).Select(v => Parse(label, v) ?? new AndFilter([])).ToList()));
                    break;
                case "aliases":
                    parts.AddRange(Aliases(value));
                    break;
                default:
                    if (relationships.TryGetValue(name, out var field))
                    {
                        parts.AddRange(Relation(field, value));
                    }
                    else if (value is not null)
                    {
                        parts.Add(Scalar(name, value));
                    }

                    break;
            }
        }

        return parts.Count == 1 ? parts[0] : new AndFilter(parts);
    }

    private static IEnumerable<object?> Many(object? value) => value is string ? [] : value as IEnumerable<object?> ?? [];

    private static string? Text(object? value) => value switch
    {
        null => null,
        string s => s,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    // One property's operations, e.g. { contains: "dust", neq: "x" }: all must hold.
    private static Filter Scalar(string property, object value)
    {
        var parts = new List<Filter>();
        if (value is IDictionary<string, object?> ops)
        {
            foreach (var (op, operand) in ops)
            {
                switch (op)
                {
                    case "and":
                        parts.Add(new AndFilter(Many(operand).Where(o => o is not null).Select(o => Scalar(property, o!)).ToList()));
                        break;
                    case "or":
                        parts.Add(new OrFilter(Many(operand).Where(o => o is not null).Select(o => Scalar(property, o!)).ToList()));
                        break;
                    case "in" or "nin":
                        parts.Add(new PropertyFilter(property, Operators[op], null, Many(operand).Select(Text).ToList()));
                        break;
                    default:
                        parts.Add(new PropertyFilter(property, Operators[op], Text(operand)));
                        break;
                }
            }
        }

        return parts.Count == 1 ? parts[0] : new AndFilter(parts);
    }

    private static IEnumerable<Filter> Aliases(object? value)
    {
        if (value is not IDictionary<string, object?> quantifiers)
        {
            yield break;
        }

        foreach (var (name, inner) in quantifiers)
        {
            if (name == "any")
            {
                if (inner is bool any)
                {
                    yield return new AliasesFilter(Quantifier.Any, null, any);
                }

                continue;
            }

            if (inner is null)
            {
                continue;
            }

            // The element condition is a filter on the pseudo-property "value".
            yield return new AliasesFilter(Quantify(name), Scalar("value", inner));
        }
    }

    private static IEnumerable<Filter> Relation(RelationshipField field, object? value)
    {
        if (value is not IDictionary<string, object?> quantifiers)
        {
            yield break;
        }

        if (field.Single)
        {
            yield return new RelationFilter(field.Definition.Type, field.Direction, field.OtherLabel, Quantifier.Some, Parse(field.OtherLabel, quantifiers));
            yield break;
        }

        foreach (var (name, inner) in quantifiers)
        {
            if (name == "any")
            {
                if (inner is bool any)
                {
                    yield return new RelationFilter(field.Definition.Type, field.Direction, field.OtherLabel, Quantifier.Any, null, any);
                }
            }
            else if (inner is not null)
            {
                yield return new RelationFilter(field.Definition.Type, field.Direction, field.OtherLabel, Quantify(name), Parse(field.OtherLabel, inner));
            }
        }
    }

    private static Quantifier Quantify(string name) => name switch
    {
        "some" => Quantifier.Some,
        "none" => Quantifier.None,
        "all" => Quantifier.All,
        _ => throw new GraphQueryException($"Unknown list condition '{name}'."),
    };
}

using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Store.Neo4j;

/// <summary>
/// Translates a <see cref="Filter"/> into a Cypher predicate with exactly <see cref="FilterEvaluator"/>'s meaning.
/// Cypher's logic is three-valued, so every comparison is guarded (<c>x IS NOT NULL AND ...</c>) and never yields
/// null: NOT, <c>none</c> and <c>all</c> then keep the reference semantics, and a missing value satisfies every
/// negated operator and no positive one.
/// </summary>
internal sealed class CypherFilterTranslator(CypherParameters parameters)
{
    private int _variables;

    public string Translate(Filter? filter, string node) => filter switch
    {
        null => "true",
        AndFilter and => and.Operands.Count == 0 ? "true" : "(" + string.Join(" AND ", and.Operands.Select(f => Translate(f, node))) + ")",
        OrFilter or => or.Operands.Count == 0 ? "false" : "(" + string.Join(" OR ", or.Operands.Select(f => Translate(f, node))) + ")",
        PropertyFilter p => Compare($"{node}.{CypherNames.Property(p.Property)}", p),
        AliasesFilter a => Aliases(a, node),
        RelationFilter r => Relation(r, node),
        _ => throw new GraphQueryException("Unsupported filter."),
    };

    private string Aliases(AliasesFilter a, string node)
    {
        var v = "a" + _variables++;
        var list = $"coalesce({node}.aliases, [])";
        var condition = Element(a.Condition, v);
        return a.Quantifier switch
        {
            Quantifier.Any => (a.Any ?? true) ? $"(size({list}) > 0)" : $"(size({list}) = 0)",
            Quantifier.Some => $"any({v} IN {list} WHERE {condition})",
            Quantifier.None => $"none({v} IN {list} WHERE {condition})",
            _ => $"all({v} IN {list} WHERE {condition})",
        };
    }

    // A condition on one list element: comparisons apply to the element itself.
    private string Element(Filter? condition, string variable) => condition switch
    {
        null => "true",
        AndFilter and => and.Operands.Count == 0 ? "true" : "(" + string.Join(" AND ", and.Operands.Select(f => Element(f, variable))) + ")",
        OrFilter or => or.Operands.Count == 0 ? "false" : "(" + string.Join(" OR ", or.Operands.Select(f => Element(f, variable))) + ")",
        PropertyFilter p => Compare(variable, p),
        _ => throw new GraphQueryException("Only comparisons apply to list elements."),
    };

    private string Relation(RelationFilter r, string node)
    {
        var type = CypherNames.RelationshipType(r.Type);
        var label = CypherNames.Label(r.OtherLabel);
        var other = "m" + _variables++;
        var pattern = r.Direction == Direction.Out
            ? $"({node})-[:{type}]->({other}:{label})"
            : $"({node})<-[:{type}]-({other}:{label})";
        return r.Quantifier switch
        {
            Quantifier.Any => (r.Any ?? true) ? $"EXISTS {{ MATCH {pattern} }}" : $"NOT EXISTS {{ MATCH {pattern} }}",
            Quantifier.Some => $"EXISTS {{ MATCH {pattern} WHERE {Translate(r.Inner, other)} }}",
            Quantifier.None => $"NOT EXISTS {{ MATCH {pattern} WHERE {Translate(r.Inner, other)} }}",
            _ => $"NOT EXISTS {{ MATCH {pattern} WHERE NOT {Translate(r.Inner, other)} }}",
        };
    }

    private string Compare(string value, PropertyFilter p)
    {
        string Guarded(string comparison) => $"({value} IS NOT NULL AND {comparison})";

        string Positive(FilterOperator op) => op switch
        {
            FilterOperator.Eq when p.Value is null => $"({value} IS NULL)",
            FilterOperator.Eq => Guarded($"{value} = {parameters.Add(p.Value)}"),
            FilterOperator.In => In(value, p.Values ?? []),
            FilterOperator.Contains when p.Value is null => "false",
            FilterOperator.Contains => Guarded($"toLower({value}) CONTAINS {parameters.Add(FilterEvaluator.Fold(p.Value))}"),
            FilterOperator.StartsWith when p.Value is null => "false",
            FilterOperator.StartsWith => Guarded($"{value} STARTS WITH {parameters.Add(p.Value)}"),
            FilterOperator.EndsWith when p.Value is null => "false",
            FilterOperator.EndsWith => Guarded($"{value} ENDS WITH {parameters.Add(p.Value)}"),
            FilterOperator.Gt or FilterOperator.Gte or FilterOperator.Lt or FilterOperator.Lte when p.Value is null => "false",
            FilterOperator.Gt => Guarded($"{value} > {parameters.Add(p.Value)}"),
            FilterOperator.Gte => Guarded($"{value} >= {parameters.Add(p.Value)}"),
            FilterOperator.Lt => Guarded($"{value} < {parameters.Add(p.Value)}"),
            FilterOperator.Lte => Guarded($"{value} <= {parameters.Add(p.Value)}"),
            _ => throw new GraphQueryException($"Unsupported operator {op}."),
        };

        return p.Operator switch
        {
            FilterOperator.Neq => $"(NOT {Positive(FilterOperator.Eq)})",
            FilterOperator.Nin => $"(NOT {Positive(FilterOperator.In)})",
            FilterOperator.NContains => $"(NOT {Positive(FilterOperator.Contains)})",
            FilterOperator.NStartsWith => $"(NOT {Positive(FilterOperator.StartsWith)})",
            FilterOperator.NEndsWith => $"(NOT {Positive(FilterOperator.EndsWith)})",
            FilterOperator.Ngt => $"(NOT {Positive(FilterOperator.Gt)})",
            FilterOperator.Ngte => $"(NOT {Positive(FilterOperator.Gte)})",
            FilterOperator.Nlt => $"(NOT {Positive(FilterOperator.Lt)})",
            FilterOperator.Nlte => $"(NOT {Positive(FilterOperator.Lte)})",
            var op => Positive(op),
        };
    }

    private string In(string value, IReadOnlyList<string?> values)
    {
        var present = values.Where(v => v is not null).Distinct().ToList();
        var parts = new List<string>();
        if (present.Count > 0)
        {
            parts.Add($"({value} IS NOT NULL AND {value} IN {parameters.Add(present)})");
        }

        if (values.Any(v => v is null))
        {
            parts.Add($"({value} IS NULL)");
        }

        return parts.Count == 0 ? "false" : "(" + string.Join(" OR ", parts) + ")";
    }
}

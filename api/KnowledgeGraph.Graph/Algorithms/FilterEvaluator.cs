namespace KnowledgeGraph.Graph;

/// <summary>
/// The reference semantics of <see cref="Filter"/> and <see cref="SortKey"/>, evaluated in memory. The stores
/// translate filters to SQL or Cypher; tests compare their answers with this.
/// </summary>
public static class FilterEvaluator
{
    /// <summary>Case folding used by <c>contains</c>, identical in every store.</summary>
    public static string Fold(string text) => text.ToLowerInvariant();

    /// <summary>True when the node satisfies the filter. <paramref name="related"/> gives a node's neighbours by type, direction and other label.</summary>
    public static bool Matches(GraphNode node, Filter? filter, Func<string, string, Direction, string, IEnumerable<GraphNode>> related) => filter switch
    {
        null => true,
        AndFilter and => and.Operands.All(f => Matches(node, f, related)),
        OrFilter or => or.Operands.Any(f => Matches(node, f, related)),
        PropertyFilter p => Compare(node.Get(p.Property), p),
        AliasesFilter a => MatchesList(node.Aliases, a),
        RelationFilter r => MatchesRelation(related(node.Id, r.Type, r.Direction, r.OtherLabel).ToList(), r, related),
        _ => throw new ArgumentOutOfRangeException(nameof(filter), filter, "Unknown filter."),
    };

    private static bool MatchesList(IReadOnlyList<string> values, AliasesFilter a) => a.Quantifier switch
    {
        Quantifier.Any => values.Count > 0 == (a.Any ?? true),
        Quantifier.Some => values.Any(v => MatchesValue(v, a.Condition)),
        Quantifier.None => !values.Any(v => MatchesValue(v, a.Condition)),
        Quantifier.All => values.All(v => MatchesValue(v, a.Condition)),
        _ => false,
    };

    /// <summary>A condition on one list element (comparisons name the pseudo-property <c>value</c>).</summary>
    public static bool MatchesValue(string value, Filter? condition) => condition switch
    {
        null => true,
        AndFilter and => and.Operands.All(f => MatchesValue(value, f)),
        OrFilter or => or.Operands.Any(f => MatchesValue(value, f)),
        PropertyFilter p => Compare(value, p),
        _ => throw new ArgumentOutOfRangeException(nameof(condition), condition, "Only comparisons apply to list elements."),
    };

    private static bool MatchesRelation(List<GraphNode> others, RelationFilter r, Func<string, string, Direction, string, IEnumerable<GraphNode>> related) => r.Quantifier switch
    {
        Quantifier.Any => others.Count > 0 == (r.Any ?? true),
        Quantifier.Some => others.Any(o => Matches(o, r.Inner, related)),
        Quantifier.None => !others.Any(o => Matches(o, r.Inner, related)),
        Quantifier.All => others.All(o => Matches(o, r.Inner, related)),
        _ => false,
    };

    /// <summary>One scalar comparison; negated operators are NOT of their positive form.</summary>
    public static bool Compare(string? value, PropertyFilter p) => p.Operator switch
    {
        FilterOperator.Eq => p.Value is null ? value is null : value == p.Value,
        FilterOperator.Neq => !Compare(value, p with { Operator = FilterOperator.Eq }),
        FilterOperator.In => (p.Values ?? []).Any(v => v is null ? value is null : value == v),
        FilterOperator.Nin => !Compare(value, p with { Operator = FilterOperator.In }),
        FilterOperator.Contains => value is not null && p.Value is not null && Fold(value).Contains(Fold(p.Value), StringComparison.Ordinal),
        FilterOperator.NContains => !Compare(value, p with { Operator = FilterOperator.Contains }),
        FilterOperator.StartsWith => value is not null && p.Value is not null && value.StartsWith(p.Value, StringComparison.Ordinal),
        FilterOperator.NStartsWith => !Compare(value, p with { Operator = FilterOperator.StartsWith }),
        FilterOperator.EndsWith => value is not null && p.Value is not null && value.EndsWith(p.Value, StringComparison.Ordinal),
        FilterOperator.NEndsWith => !Compare(value, p with { Operator = FilterOperator.EndsWith }),
        FilterOperator.Gt => value is not null && p.Value is not null && string.CompareOrdinal(value, p.Value) > 0,
        FilterOperator.Ngt => !Compare(value, p with { Operator = FilterOperator.Gt }),
        FilterOperator.Gte => value is not null && p.Value is not null && string.CompareOrdinal(value, p.Value) >= 0,
        FilterOperator.Ngte => !Compare(value, p with { Operator = FilterOperator.Gte }),
        FilterOperator.Lt => value is not null && p.Value is not null && string.CompareOrdinal(value, p.Value) < 0,
        FilterOperator.Nlt => !Compare(value, p with { Operator = FilterOperator.Lt }),
        FilterOperator.Lte => value is not null && p.Value is not null && string.CompareOrdinal(value, p.Value) <= 0,
        FilterOperator.Nlte => !Compare(value, p with { Operator = FilterOperator.Lte }),
        _ => false,
    };

    /// <summary>Orders nodes by the keys (a missing value sorts as the empty string), then by id.</summary>
    public static IEnumerable<GraphNode> Sort(IEnumerable<GraphNode> nodes, IReadOnlyList<SortKey> order)
    {
        var comparer = Comparer<GraphNode>.Create((a, b) =>
        {
            foreach (var key in order)
            {
                var c = string.CompareOrdinal(a.Get(key.Property) ?? string.Empty, b.Get(key.Property) ?? string.Empty);
                if (c != 0)
                {
                    return key.Descending ? -c : c;
                }
            }

            return string.CompareOrdinal(a.Id, b.Id);
        });
        return nodes.Order(comparer);
    }
}

using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Store.Sqlite;

/// <summary>
/// Translates a <see cref="Filter"/> into a SQL predicate over the node alias given. Every predicate is
/// two-valued (never NULL), so NOT, <c>none</c> and <c>all</c> keep the semantics of <see cref="FilterEvaluator"/>.
/// </summary>
/// <remarks>
/// A <c>some</c> condition is either probed per node (a correlated EXISTS: cheap when few nodes are examined, as
/// when a page walks an index and stops at its size) or evaluated once from the related side (a semi-join: cheap
/// when few related nodes match). Of the <c>some</c> conditions joined by AND, at most one, the most selective,
/// becomes a semi-join, and only when it is selective enough: for a page, an id or name equality; for a count,
/// which examines every node of the label anyway, any equality. The others are probed for the rows it yields.
/// </remarks>
internal sealed class SqliteFilterTranslator(SqlParameters parameters, bool counting = false)
{
    private enum Selectivity
    {
        Low,
        Medium,
        High,
    }

    private int _aliases;

    public string Translate(Filter? filter, string node) => Translate(filter, node, drive: true);

    private string Translate(Filter? filter, string node, bool drive) => filter switch
    {
        null => "1",
        AndFilter and => and.Operands.Count == 0 ? "1" : "(" + string.Join(" AND ", And(and, node, drive)) + ")",
        OrFilter or => or.Operands.Count == 0 ? "0" : "(" + string.Join(" OR ", or.Operands.Select(f => Translate(f, node, drive))) + ")",
        PropertyFilter p => Compare($"{node}.{SqliteSchema.Column(p.Property)}", p),
        AliasesFilter a => Aliases(a, node),
        RelationFilter r => Relation(r, node, drive && Drives(r)),
        _ => throw new GraphQueryException("Unsupported filter."),
    };

    // Only the most selective operand (the first of equals) may drive; the others are probed.
    private IEnumerable<string> And(AndFilter and, string node, bool drive)
    {
        var driver = drive
            ? and.Operands.Select((f, i) => (Rank: f is RelationFilter r && Drives(r) ? (int)Of(r) : -1, Index: i))
                .Where(x => x.Rank >= 0).OrderByDescending(x => x.Rank).ThenBy(x => x.Index).Select(x => x.Index).FirstOrDefault(-1)
            : -1;
        return and.Operands.Select((f, i) => f is RelationFilter ? Translate(f, node, i == driver) : Translate(f, node, drive));
    }

    private bool Drives(RelationFilter r) =>
        r.Quantifier == Quantifier.Some && Of(r) >= (counting ? Selectivity.Medium : Selectivity.High);

    // A static guess of how few nodes a filter admits.
    private static Selectivity Of(Filter? filter) => filter switch
    {
        PropertyFilter { Operator: FilterOperator.Eq or FilterOperator.In } p when p.Property is "id" or "name" && (p.Value is not null || p.Values is { Count: > 0 }) => Selectivity.High,
        PropertyFilter { Operator: FilterOperator.Eq or FilterOperator.In } p when p.Value is not null || p.Values is { Count: > 0 } => Selectivity.Medium,
        AndFilter { Operands.Count: > 0 } and => and.Operands.Max(Of),
        OrFilter { Operands.Count: > 0 } or => or.Operands.Min(Of),
        RelationFilter { Quantifier: Quantifier.Some } r => Of(r.Inner),
        _ => Selectivity.Low,
    };

    private string Aliases(AliasesFilter a, string node)
    {
        var alias = "a" + _aliases++;
        var from = $"SELECT 1 FROM json_each({node}.aliases) {alias}";
        var condition = Element(a.Condition, $"{alias}.value");
        return a.Quantifier switch
        {
            Quantifier.Any => (a.Any ?? true) ? $"EXISTS ({from})" : $"NOT EXISTS ({from})",
            Quantifier.Some => $"EXISTS ({from} WHERE {condition})",
            Quantifier.None => $"NOT EXISTS ({from} WHERE {condition})",
            _ => $"NOT EXISTS ({from} WHERE NOT {condition})",
        };
    }

    // A condition on one list element: comparisons apply to the element itself.
    private string Element(Filter? condition, string column) => condition switch
    {
        null => "1",
        AndFilter and => and.Operands.Count == 0 ? "1" : "(" + string.Join(" AND ", and.Operands.Select(f => Element(f, column))) + ")",
        OrFilter or => or.Operands.Count == 0 ? "0" : "(" + string.Join(" OR ", or.Operands.Select(f => Element(f, column))) + ")",
        PropertyFilter p => Compare(column, p),
        _ => throw new GraphQueryException("Only comparisons apply to list elements."),
    };

    private string Relation(RelationFilter r, string node, bool semiJoin)
    {
        if (Ontology.Label(r.OtherLabel) is null)
        {
            throw new GraphQueryException($"Unknown label '{r.OtherLabel}'.");
        }

        var rel = "r" + _aliases;
        var other = "m" + _aliases++;
        var (here, there, otherLabel) = r.Direction == Direction.Out ? ("from_id", "to_id", "to_label") : ("to_id", "from_id", "from_label");
        var from = $"SELECT 1 FROM rels {rel} JOIN nodes {other} ON {other}.id = {rel}.{there} " +
                   $"WHERE {rel}.{here} = {node}.id AND {rel}.type = {parameters.Add(r.Type)} AND {rel}.{otherLabel} = {parameters.Add(r.OtherLabel)}";
        return r.Quantifier switch
        {
            Quantifier.Any => (r.Any ?? true) ? $"EXISTS ({from})" : $"NOT EXISTS ({from})",
            Quantifier.Some when semiJoin => $"{node}.id IN ({Holders(r, rel, other, here, there)})",
            Quantifier.Some => $"EXISTS ({from} AND {Translate(r.Inner, other)})",
            Quantifier.None => $"NOT EXISTS ({from} AND {Translate(r.Inner, other)})",
            _ => $"NOT EXISTS ({from} AND NOT {Translate(r.Inner, other)})",
        };
    }

    // The nodes with a relationship to some matching node, as one uncorrelated semi-join that SQLite evaluates once,
    // from the matching nodes (by the label's indexes) through the covering index on their end of the relationship.
    // A relationship stores its ends' labels and a node's label never changes, so testing the related node's label
    // answers the same as testing the relationship's copy, and needs no lookup beyond the index.
    private string Holders(RelationFilter r, string rel, string other, string here, string there) =>
        $"SELECT {rel}.{here} FROM nodes {other} JOIN rels {rel} ON {rel}.{there} = {other}.id AND {rel}.type = {parameters.Add(r.Type)} " +
        $"WHERE {other}.label = {parameters.Add(r.OtherLabel)} AND {Translate(r.Inner, other)}";

    private string Compare(string column, PropertyFilter p)
    {
        string Positive(FilterOperator op) => op switch
        {
            FilterOperator.Eq when p.Value is null => $"({column} IS NULL)",
            FilterOperator.Eq => $"({column} IS NOT NULL AND {column} = {parameters.Add(p.Value)})",
            FilterOperator.In => In(column, p.Values ?? []),
            FilterOperator.Contains when p.Value is null => "0",
            FilterOperator.Contains when p.Value.Length == 0 => $"({column} IS NOT NULL)",
            FilterOperator.Contains => $"({column} IS NOT NULL AND instr(kg_fold({column}), {parameters.Add(FilterEvaluator.Fold(p.Value))}) > 0)",
            FilterOperator.StartsWith when p.Value is null => "0",
            FilterOperator.StartsWith when p.Value.Length == 0 => $"({column} IS NOT NULL)",
            FilterOperator.StartsWith => $"({column} IS NOT NULL AND kg_starts({column}, {parameters.Add(p.Value)}))",
            FilterOperator.EndsWith when p.Value is null => "0",
            FilterOperator.EndsWith when p.Value.Length == 0 => $"({column} IS NOT NULL)",
            FilterOperator.EndsWith => $"({column} IS NOT NULL AND kg_ends({column}, {parameters.Add(p.Value)}))",
            FilterOperator.Gt or FilterOperator.Gte or FilterOperator.Lt or FilterOperator.Lte when p.Value is null => "0",
            FilterOperator.Gt => $"({column} IS NOT NULL AND {column} > {parameters.Add(p.Value)})",
            FilterOperator.Gte => $"({column} IS NOT NULL AND {column} >= {parameters.Add(p.Value)})",
            FilterOperator.Lt => $"({column} IS NOT NULL AND {column} < {parameters.Add(p.Value)})",
            FilterOperator.Lte => $"({column} IS NOT NULL AND {column} <= {parameters.Add(p.Value)})",
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

    private string In(string column, IReadOnlyList<string?> values)
    {
        var present = values.Where(v => v is not null).Distinct().ToList();
        var parts = new List<string>();
        if (present.Count > 0)
        {
            parts.Add($"({column} IS NOT NULL AND {column} IN (SELECT value FROM json_each({parameters.Add(System.Text.Json.JsonSerializer.Serialize(present))})))");
        }

        if (values.Any(v => v is null))
        {
            parts.Add($"({column} IS NULL)");
        }

        return parts.Count == 0 ? "0" : "(" + string.Join(" OR ", parts) + ")";
    }
}

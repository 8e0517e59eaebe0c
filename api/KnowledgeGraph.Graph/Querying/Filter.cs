namespace KnowledgeGraph.Graph;

/// <summary>
/// A filter on the nodes of one label, in the shape of HotChocolate's filter conventions:
/// property comparisons, relationship quantifiers and <c>and</c>/<c>or</c>. Both stores translate it;
/// <see cref="FilterEvaluator"/> is its reference semantics.
/// </summary>
public abstract record Filter;

/// <summary>All operands hold.</summary>
public sealed record AndFilter(IReadOnlyList<Filter> Operands) : Filter;

/// <summary>At least one operand holds.</summary>
public sealed record OrFilter(IReadOnlyList<Filter> Operands) : Filter;

/// <summary>
/// A comparison on a scalar property (<c>id</c>, <c>name</c>, <c>description</c> or the label's own). A null
/// <paramref name="Value"/> with <see cref="FilterOperator.Eq"/>/<see cref="FilterOperator.Neq"/> tests for absence.
/// </summary>
/// <param name="Property">The property name.</param>
/// <param name="Operator">The comparison.</param>
/// <param name="Value">The operand (for <c>in</c>/<c>nin</c>, use <paramref name="Values"/>).</param>
/// <param name="Values">The operands of <c>in</c> and <c>nin</c>.</param>
public sealed record PropertyFilter(string Property, FilterOperator Operator, string? Value, IReadOnlyList<string?>? Values = null) : Filter;

/// <summary>
/// A condition on the aliases list: some/none/all aliases satisfy <paramref name="Condition"/> (comparisons on the
/// pseudo-property <c>value</c>, combined with and/or), or, with <see cref="Quantifier.Any"/>, the list is (not) empty.
/// </summary>
public sealed record AliasesFilter(Quantifier Quantifier, Filter? Condition, bool? Any = null) : Filter;

/// <summary>
/// A condition on related nodes reached through a relationship field: some/none/all of them satisfy
/// <paramref name="Inner"/>; with <see cref="Quantifier.Any"/>, <paramref name="Any"/> says whether at least one exists.
/// </summary>
/// <param name="Type">The relationship type.</param>
/// <param name="Direction">Out when the filtered node is the start of the relationship, In when it is the end.</param>
/// <param name="OtherLabel">The label at the other end.</param>
/// <param name="Quantifier">some, none, all or any.</param>
/// <param name="Inner">The filter on the related nodes (not used with <see cref="Quantifier.Any"/>).</param>
/// <param name="Any">With <see cref="Quantifier.Any"/>: true for "has at least one", false for "has none".</param>
public sealed record RelationFilter(string Type, Direction Direction, string OtherLabel, Quantifier Quantifier, Filter? Inner, bool? Any = null) : Filter;

/// <summary>How a list condition quantifies over the list.</summary>
public enum Quantifier
{
    /// <summary>At least one element satisfies the condition.</summary>
    Some,

    /// <summary>No element satisfies the condition.</summary>
    None,

    /// <summary>Every element satisfies the condition (true for an empty list).</summary>
    All,

    /// <summary>The list is non-empty (or empty, when the operand is false).</summary>
    Any,
}

/// <summary>
/// HotChocolate's scalar filter operators. The negated forms are exactly NOT of the positive form, so a
/// missing value satisfies <c>neq</c>, <c>nin</c>, <c>ncontains</c> ... and no positive comparison.
/// </summary>
public enum FilterOperator
{
    /// <summary>Equal (or absent, with a null operand).</summary>
    Eq,

    /// <summary>Not equal.</summary>
    Neq,

    /// <summary>One of the operands.</summary>
    In,

    /// <summary>None of the operands.</summary>
    Nin,

    /// <summary>Contains the operand, case-insensitively.</summary>
    Contains,

    /// <summary>Does not contain the operand, case-insensitively.</summary>
    NContains,

    /// <summary>Starts with the operand (case-sensitive, as in HotChocolate).</summary>
    StartsWith,

    /// <summary>Does not start with the operand.</summary>
    NStartsWith,

    /// <summary>Ends with the operand.</summary>
    EndsWith,

    /// <summary>Does not end with the operand.</summary>
    NEndsWith,

    /// <summary>Greater than, in ordinal (ISO date) order.</summary>
    Gt,

    /// <summary>Not greater than.</summary>
    Ngt,

    /// <summary>Greater than or equal.</summary>
    Gte,

    /// <summary>Not greater than or equal.</summary>
    Ngte,

    /// <summary>Less than.</summary>
    Lt,

    /// <summary>Not less than.</summary>
    Nlt,

    /// <summary>Less than or equal.</summary>
    Lte,

    /// <summary>Not less than or equal.</summary>
    Nlte,
}

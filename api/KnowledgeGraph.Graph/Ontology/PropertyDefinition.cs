namespace KnowledgeGraph.Graph;

/// <summary>One property a label (or relationship type) may carry, in addition to the common ones.</summary>
/// <param name="Name">The property name as it appears in the dataset, GraphQL and Neo4j (camelCase).</param>
/// <param name="Kind">How the value is validated and compared.</param>
/// <param name="Description">What the property means, shown in the API schema.</param>
/// <param name="EnumValues">The allowed values when <paramref name="Kind"/> is <see cref="PropertyKind.Enum"/>.</param>
/// <param name="Pattern">An optional regular expression the value must match (e.g. an ICD-10 code).</param>
/// <param name="EnumName">The GraphQL name of the enumeration, for enum properties.</param>
public sealed record PropertyDefinition(
    string Name,
    PropertyKind Kind,
    string Description,
    IReadOnlyList<string>? EnumValues = null,
    string? Pattern = null,
    string? EnumName = null);

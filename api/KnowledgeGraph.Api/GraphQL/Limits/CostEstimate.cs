using GraphQL.Types;

namespace KnowledgeGraph.Api;

/// <summary>
/// The size the cost analysis assumes for a list that has no paging arguments but is bounded by its parent
/// (a fact's evidence, a path's steps), stored as field metadata.
/// </summary>
public static class CostEstimate
{
    /// <summary>The metadata key holding the assumed list size.</summary>
    public const string Key = "kg:estimatedSize";

    /// <summary>A fact or node is stated by one or two quotes.</summary>
    public const int Evidence = 2;

    /// <summary>The longest path <c>paths</c> and <c>coveredBy</c> can return.</summary>
    public const int PathLength = 6;

    /// <summary>Marks a list field with the size the cost analysis assumes for it.</summary>
    public static FieldType Estimated(this FieldType field, int size)
    {
        ArgumentNullException.ThrowIfNull(field);
        field.Metadata[Key] = size;
        return field;
    }
}

namespace KnowledgeGraph.Graph;

/// <summary>
/// One allowed shape of a relationship type: the type, the labels at both ends and the field names by which
/// each end reaches the other. A type such as PART_OF has several shapes.
/// </summary>
/// <param name="Type">The relationship type (upper snake case), e.g. <c>CAUSES</c>.</param>
/// <param name="From">The label at the start of the relationship.</param>
/// <param name="To">The label at the end of the relationship.</param>
/// <param name="OutField">The field on <paramref name="From"/> that lists the <paramref name="To"/> ends.</param>
/// <param name="InField">The field on <paramref name="To"/> that lists the <paramref name="From"/> ends.</param>
/// <param name="OutSingle">True when a start node has at most one such relationship (e.g. <c>parent</c>, <c>country</c>).</param>
/// <param name="Description">What the relationship states.</param>
/// <param name="OutDescription">What the field on the start label lists.</param>
/// <param name="InDescription">What the field on the end label lists.</param>
public sealed record RelationshipDefinition(
    string Type,
    string From,
    string To,
    string OutField,
    string InField,
    bool OutSingle,
    string Description,
    string OutDescription,
    string InDescription);

using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Api;

/// <summary>A property value in a write; a null value removes the property.</summary>
/// <param name="Name">The property's name in the ontology (e.g. category, startDate).</param>
/// <param name="Value">The value as written in the dataset.</param>
public sealed record PropertyInput(string Name, string? Value);

/// <summary>A new node, in full.</summary>
/// <param name="Id">The id; its prefix names the label (hazard:…, disease:…).</param>
/// <param name="Name">The display name.</param>
/// <param name="Description">An optional one-sentence description.</param>
/// <param name="Aliases">Other names.</param>
/// <param name="Properties">The label's own properties.</param>
/// <param name="Evidence">At least one source and verbatim quote.</param>
public sealed record CreateEntityInput(string Id, string Name, string? Description, IReadOnlyList<string>? Aliases, IReadOnlyList<PropertyInput>? Properties, IReadOnlyList<Evidence>? Evidence);

/// <summary>A change to a node: what is given replaces what was; properties are set one by one (null removes).</summary>
/// <param name="Id">The node.</param>
/// <param name="ExpectedVersion">The version read before editing.</param>
/// <param name="Name">A new name.</param>
/// <param name="Description">A new description.</param>
/// <param name="Aliases">The new aliases, replacing the old.</param>
/// <param name="Properties">Properties to set or remove.</param>
/// <param name="Evidence">The new evidence, replacing the old.</param>
public sealed record UpdateEntityInput(string Id, long ExpectedVersion, string? Name, string? Description, IReadOnlyList<string>? Aliases, IReadOnlyList<PropertyInput>? Properties, IReadOnlyList<Evidence>? Evidence);

/// <summary>A new relationship.</summary>
/// <param name="From">The start node.</param>
/// <param name="Type">The relationship type (e.g. ADDRESSES).</param>
/// <param name="To">The end node.</param>
/// <param name="Properties">The type's properties (role, title).</param>
/// <param name="Evidence">At least one source and verbatim quote.</param>
public sealed record CreateFactInput(string From, string Type, string To, IReadOnlyList<PropertyInput>? Properties, IReadOnlyList<Evidence>? Evidence);

/// <summary>A change to a relationship's properties or evidence.</summary>
/// <param name="Id">The relationship id, from|TYPE|to.</param>
/// <param name="ExpectedVersion">The version read before editing.</param>
/// <param name="Properties">Properties to set or remove.</param>
/// <param name="Evidence">The new evidence, replacing the old.</param>
public sealed record UpdateFactInput(string Id, long ExpectedVersion, IReadOnlyList<PropertyInput>? Properties, IReadOnlyList<Evidence>? Evidence);

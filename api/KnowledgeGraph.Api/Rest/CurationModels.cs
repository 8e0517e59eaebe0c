namespace KnowledgeGraph.Api;

/// <summary>A new entity, in full.</summary>
/// <param name="Id">The new id; its prefix names the type (hazard:, disease:, program: …).</param>
/// <param name="Name">The display name.</param>
/// <param name="Description">A one-sentence summary of what the sources say.</param>
/// <param name="Aliases">Other names and acronyms.</param>
/// <param name="Properties">The type's own properties, by name.</param>
/// <param name="Evidence">At least one source and verbatim quote.</param>
public sealed record NewEntity(string Id, string Name, string? Description, IReadOnlyList<string>? Aliases, IReadOnlyDictionary<string, string?>? Properties, IReadOnlyList<SourceQuote>? Evidence);

/// <summary>A change to an entity: what is given replaces what was; a property set to null is removed.</summary>
/// <param name="ExpectedVersion">The version read before editing (or send it as If-Match).</param>
/// <param name="Name">A new name.</param>
/// <param name="Description">A new description.</param>
/// <param name="Aliases">The new aliases, replacing the old.</param>
/// <param name="Properties">Properties to set (null removes).</param>
/// <param name="Evidence">The new evidence, replacing the old.</param>
public sealed record EntityChange(long? ExpectedVersion, string? Name, string? Description, IReadOnlyList<string>? Aliases, IReadOnlyDictionary<string, string?>? Properties, IReadOnlyList<SourceQuote>? Evidence);

/// <summary>A new relationship between two existing entities.</summary>
/// <param name="From">The start entity.</param>
/// <param name="Type">The relationship type, e.g. ADDRESSES.</param>
/// <param name="To">The end entity.</param>
/// <param name="Properties">The type's properties (role, title).</param>
/// <param name="Evidence">At least one source and verbatim quote.</param>
public sealed record NewFact(string From, string Type, string To, IReadOnlyDictionary<string, string?>? Properties, IReadOnlyList<SourceQuote>? Evidence);

/// <summary>A change to a relationship's properties or evidence.</summary>
/// <param name="ExpectedVersion">The version read before editing (or send it as If-Match).</param>
/// <param name="Properties">Properties to set (null removes).</param>
/// <param name="Evidence">The new evidence, replacing the old.</param>
public sealed record FactChange(long? ExpectedVersion, IReadOnlyDictionary<string, string?>? Properties, IReadOnlyList<SourceQuote>? Evidence);

/// <summary>A relationship as stored after a write.</summary>
/// <param name="Id">The relationship id, from|TYPE|to.</param>
/// <param name="Type">The relationship type.</param>
/// <param name="From">The start entity.</param>
/// <param name="To">The end entity.</param>
/// <param name="Properties">Its properties (role, title).</param>
/// <param name="Evidence">The sources and quotes that state it.</param>
/// <param name="Version">Grows by one with every change.</param>
public sealed record Fact(string Id, string Type, string From, string To, IReadOnlyDictionary<string, string> Properties, IReadOnlyList<SourceQuote> Evidence, long Version);

/// <summary>One audited change.</summary>
/// <param name="Sequence">Increasing number of the change.</param>
/// <param name="At">When it was committed (UTC).</param>
/// <param name="Actor">Who made it.</param>
/// <param name="Operation">What it did.</param>
/// <param name="TargetId">The entity or fact id.</param>
/// <param name="Before">The previous state as JSON, or null.</param>
/// <param name="After">The new state as JSON, or null.</param>
public sealed record ChangeRecord(long Sequence, DateTimeOffset At, string Actor, string Operation, string TargetId, string? Before, string? After);

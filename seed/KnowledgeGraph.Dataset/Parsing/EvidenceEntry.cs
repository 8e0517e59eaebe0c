namespace KnowledgeGraph.Dataset;

/// <summary>One evidence item as written.</summary>
/// <param name="Source">The source id: written on the item, or the file's <c>source:</c> (then <paramref name="FromFileSource"/>).</param>
/// <param name="Quote">The quote, whitespace runs already collapsed to one space.</param>
/// <param name="FromFileSource">True when the item relies on the file-level <c>source:</c>, which is checked once for the file.</param>
internal sealed record EvidenceEntry(Located Source, Located Quote, bool FromFileSource);

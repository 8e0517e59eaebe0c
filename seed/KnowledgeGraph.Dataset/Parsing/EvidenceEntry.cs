using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Dataset;

/// <summary>One evidence item as written, with the positions its checks point at.</summary>
/// <remarks>
/// A large dataset has a million of these until the sources are known, so it is a struct over the graph's own
/// <see cref="Graph.Evidence"/> (which the merged fact keeps) rather than objects of its own.
/// </remarks>
/// <param name="Item">The source id (written on the item, or the file's <c>source:</c>) and the quote, whitespace runs already collapsed to one space.</param>
/// <param name="SourceAt">Where the source id is written.</param>
/// <param name="QuoteAt">Where the quote is written.</param>
/// <param name="FromFileSource">True when the item relies on the file-level <c>source:</c>, which is checked once for the file.</param>
internal readonly record struct EvidenceEntry(Evidence Item, Location SourceAt, Location QuoteAt, bool FromFileSource);

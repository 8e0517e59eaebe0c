namespace KnowledgeGraph.Graph;

/// <summary>Why a fact is believed: the id of the Source that states it and a verbatim quote (≤ 300 characters).</summary>
/// <param name="Source">The Source node's id, e.g. <c>source:dol-ilab-us-china</c>.</param>
/// <param name="Quote">The verbatim excerpt that states the fact.</param>
public sealed record Evidence(string Source, string Quote)
{
    /// <summary>The longest quote a piece of evidence may carry.</summary>
    public const int MaxQuoteLength = 300;
}

namespace KnowledgeGraph.Api;

/// <summary>What a query asked for and what it may ask for, reported in every response's <c>extensions.cost</c>.</summary>
/// <param name="Requested">The estimated number of nodes requested (connections multiply by first/last).</param>
/// <param name="Limit">The configured maximum.</param>
/// <param name="Depth">The deepest selection.</param>
public sealed record QueryCost(double Requested, int Limit, int Depth)
{
    /// <summary>The key under which the cost travels in the execution's user context.</summary>
    public const string Key = "cost";
}

using Microsoft.AspNetCore.Mvc;

namespace KnowledgeGraph.Api;

/// <summary>The query parameters of a collection (<c>GET /api/v1/{collection}</c>); which apply depends on the label.</summary>
public sealed record CollectionQuery
{
    /// <summary>Text the name contains (case-insensitive).</summary>
    [FromQuery(Name = "q")]
    public string? Q { get; init; }

    /// <summary>The kind (programs, events, agencies, regulations, sources).</summary>
    [FromQuery(Name = "kind")]
    public string? Kind { get; init; }

    /// <summary>The hazard category (hazards).</summary>
    [FromQuery(Name = "category")]
    public string? Category { get; init; }

    /// <summary>A country id (programs via INVOLVES, events via HELD_IN, agencies via BASED_IN).</summary>
    [FromQuery(Name = "country")]
    public string? Country { get; init; }

    /// <summary>The earliest date, inclusive.</summary>
    [FromQuery(Name = "from")]
    public string? From { get; init; }

    /// <summary>The latest date, inclusive at its precision.</summary>
    [FromQuery(Name = "to")]
    public string? To { get; init; }

    /// <summary>Sort keys, comma-separated; a leading minus sorts descending.</summary>
    [FromQuery(Name = "sort")]
    public string? Sort { get; init; }

    /// <summary>Page size, 1–100.</summary>
    [FromQuery(Name = "limit")]
    public int? Limit { get; init; }

    /// <summary>The nextCursor of the previous page.</summary>
    [FromQuery(Name = "cursor")]
    public string? Cursor { get; init; }
}

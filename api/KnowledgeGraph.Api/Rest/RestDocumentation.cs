using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Api;

/// <summary>The words of the OpenAPI document that no C# signature carries: the API's description and each query parameter's meaning and example.</summary>
public static class RestDocumentation
{
    /// <summary>The API's description, shown at the top of Swagger UI.</summary>
    public const string ApiDescription =
        "Plain JSON over the occupational-safety knowledge graph, for dashboards: collections with filters and cursors, " +
        "single entities with their relationships, coverage of diseases and hazards by programs, search, paths, " +
        "chart-ready statistics and bulk exports. The same store and semantics as the GraphQL API at /graphql. " +
        "Every GET answers with an ETag (304 for a matching If-None-Match) and may be cached for a minute; " +
        "errors are RFC 9457 problem details (application/problem+json) with a machine-readable code.";

    /// <summary>How one query parameter is documented.</summary>
    /// <param name="Description">What it does.</param>
    /// <param name="Example">A value that works on the curated dataset, or null.</param>
    /// <param name="Values">The allowed values, when closed.</param>
    public sealed record ParameterDoc(string Description, string? Example = null, IReadOnlyList<string>? Values = null);

    /// <summary>The documentation of a query parameter of an operation, or null when there is nothing to add.</summary>
    public static ParameterDoc? Parameter(string operationId, string name, LabelDefinition? collection)
    {
        if (collection is not null)
        {
            return CollectionParameter(collection, name);
        }

        return (operationId, name) switch
        {
            ("listNeighbours", "type") => new("Only relationships of this type.", "PARTICIPATES_IN", Ontology.RelationshipTypes),
            ("listNeighbours", "direction") => new("out: the entity is the relationship's start; in: its end; both (default).", "both", ["out", "in", "both"]),
            ("listCoverage", "kind") => new("Only programs of this kind.", "DIALOGUE", Ontology.ProgramKinds),
            ("search", "q") => new("The text to search for (required). Any text is safe.", "mine rescue"),
            ("search", "types") => new($"Only these labels, comma-separated: {string.Join(", ", Ontology.Labels.Select(l => l.Name))} (or their plurals).", "Program,Event"),
            ("search", "limit") => new($"How many hits at most, 1–{CollectionFilters.MaxLimit} (default {PageRequest.DefaultSize}).", "10"),
            ("findPaths", "from") => new("The id of the first entity (required).", "agency:msha"),
            ("findPaths", "to") => new("The id of the last entity (required).", "program:tri-national-subgroup-hazardous-substances"),
            ("findPaths", "maxLength") => new($"The most steps a path may have, 1–{PathEndpoints.MaxLength} (default 4).", "5"),
            ("findPaths", "limit") => new($"How many paths at most, 1–{PathEndpoints.MaxPaths} (default 5).", "2"),
            ("exportGraph", "format") => new("The file format (default json).", "json", ExportFormats.All.Select(f => f.Name).ToList()),
            (_, "id") => new("The entity's id, <label prefix>:<slug>.", operationId == "listCoverage" ? "disease:pneumoconiosis" : "agency:dol"),
            _ => null,
        };
    }

    private static ParameterDoc? CollectionParameter(LabelDefinition label, string name)
    {
        var date = CollectionFilters.DateProperty(label);
        var country = CollectionFilters.CountryRelationship(label);
        return name switch
        {
            "q" => new("Only entities whose name contains this text (case-insensitive).", label.Name switch
            {
                "Hazard" => "dust",
                "Program" or "Event" => "dialogue",
                _ => null,
            }),
            "kind" => new($"Only entities of this kind.", label.Name == "Program" ? "DIALOGUE" : null, label.Property("kind")?.EnumValues),
            "category" => new("Only hazards of this category.", "DUST", label.Property("category")?.EnumValues),
            "country" => new($"Only entities linked to this country by {country?.Type} (a country id; the bare ISO code also works).", "country:cn"),
            "from" => new($"Only entities whose {date?.Name} is on or after this ISO 8601 date (2013, 2013-12 or 2013-12-09).", "2012"),
            "to" => new($"Only entities whose {date?.Name} is on or before this ISO 8601 date, inclusive at its precision (to=2013 includes 2013-12-09).", "2016"),
            "sort" => new(
                $"Sort keys, comma-separated, in priority order; a leading - sorts descending; ties are broken by id. Default: name. Keys: {string.Join(", ", CollectionFilters.SortableProperties(label))}.",
                date is null ? "name" : $"-{date.Name},name"),
            "limit" => new($"Page size, 1–{CollectionFilters.MaxLimit} (default {PageRequest.DefaultSize}).", "20"),
            "cursor" => new("The nextCursor of the previous page (with the same filters and sort)."),
            _ => null,
        };
    }
}

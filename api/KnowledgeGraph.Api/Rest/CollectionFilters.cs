using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Api;

/// <summary>
/// What each label's collection can be filtered by, and the translation of the query parameters into the store's
/// <see cref="Filter"/> and <see cref="SortKey"/>s: the same filter model GraphQL's <c>where</c> becomes, so both
/// front doors share one implementation of filtering.
/// </summary>
public static class CollectionFilters
{
    /// <summary>The most items one page may hold.</summary>
    public const int MaxLimit = 100;

    /// <summary>The relationship that places a node of a label in a country, where there is one.</summary>
    public static RelationshipDefinition? CountryRelationship(LabelDefinition label) =>
        Ontology.Relationships.FirstOrDefault(r => r.From == label.Name && r.To == "Country");

    /// <summary>The date property <c>from</c>/<c>to</c> compare (startDate, adopted or published), where there is one.</summary>
    public static PropertyDefinition? DateProperty(LabelDefinition label) =>
        label.Properties.FirstOrDefault(p => p.Kind == PropertyKind.Date);

    /// <summary>The properties a collection may be sorted by.</summary>
    public static IReadOnlyList<string> SortableProperties(LabelDefinition label) =>
        ["id", "name", "description", .. label.Properties.Select(p => p.Name)];

    /// <summary>The query parameters that apply to a label's collection.</summary>
    public static IReadOnlySet<string> Parameters(LabelDefinition label)
    {
        var names = new HashSet<string>(StringComparer.Ordinal) { "q", "sort", "limit", "cursor" };
        if (label.Property("kind") is not null)
        {
            names.Add("kind");
        }

        if (label.Property("category") is not null)
        {
            names.Add("category");
        }

        if (CountryRelationship(label) is not null)
        {
            names.Add("country");
        }

        if (DateProperty(label) is not null)
        {
            names.Add("from");
            names.Add("to");
        }

        return names;
    }

    /// <summary>The filter, ordering and page size, or the parameter that is wrong and why.</summary>
    public static (NodeQuery? Query, string? Parameter, string? Error) Build(LabelDefinition label, CollectionQuery query)
    {
        var applicable = Parameters(label);
        foreach (var (name, value) in new[] { ("kind", query.Kind), ("category", query.Category), ("country", query.Country), ("from", query.From), ("to", query.To) })
        {
            if (value is not null && !applicable.Contains(name))
            {
                return Fail(name, $"{label.Plural} cannot be filtered by {name}.");
            }
        }

        var parts = new List<Filter>();
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            parts.Add(new PropertyFilter("name", FilterOperator.Contains, query.Q.Trim()));
        }

        foreach (var (name, value) in new[] { ("kind", query.Kind), ("category", query.Category) })
        {
            if (value is null)
            {
                continue;
            }

            var allowed = label.Property(name)!.EnumValues ?? [];
            var upper = value.Trim().ToUpperInvariant();
            if (!allowed.Contains(upper))
            {
                return Fail(name, $"'{value}' is not one of {string.Join(", ", allowed)}.");
            }

            parts.Add(new PropertyFilter(name, FilterOperator.Eq, upper));
        }

        if (query.Country is not null)
        {
            var id = query.Country.Contains(':', StringComparison.Ordinal) ? query.Country.Trim() : "country:" + query.Country.Trim().ToLowerInvariant();
            // Country ids carry the ISO 3166-1 alpha-2 code: country:cn, not country:china.
            if (NodeId.LabelOf(id)?.Name != "Country" || id.Length != "country:".Length + 2 || !id["country:".Length..].All(char.IsAsciiLetterLower))
            {
                return Fail("country", $"'{query.Country}' is not a country id such as country:cn (ISO 3166-1 alpha-2 code).");
            }

            var rel = CountryRelationship(label)!;
            parts.Add(new RelationFilter(rel.Type, Direction.Out, "Country", Quantifier.Some, new PropertyFilter("id", FilterOperator.Eq, id)));
        }

        var date = DateProperty(label);
        if (query.From is not null)
        {
            if (!IsoDate.IsValid(query.From))
            {
                return Fail("from", $"'{query.From}' is not an ISO 8601 date (2013, 2013-12 or 2013-12-09).");
            }

            parts.Add(new PropertyFilter(date!.Name, FilterOperator.Gte, query.From));
        }

        if (query.To is not null)
        {
            if (!IsoDate.IsValid(query.To))
            {
                return Fail("to", $"'{query.To}' is not an ISO 8601 date (2013, 2013-12 or 2013-12-09).");
            }

            // Inclusive at the precision given: to=2013 keeps 2013-12-09, which sorts after "2013".
            parts.Add(new OrFilter([new PropertyFilter(date!.Name, FilterOperator.Lte, query.To), new PropertyFilter(date.Name, FilterOperator.StartsWith, query.To)]));
        }

        var limit = query.Limit ?? PageRequest.DefaultSize;
        if (limit is < 1 or > MaxLimit)
        {
            return Fail("limit", $"must be between 1 and {MaxLimit}; got {limit}.");
        }

        var (order, sortError) = ParseSort(label, query.Sort);
        if (sortError is not null)
        {
            return Fail("sort", sortError);
        }

        if (query.Cursor is not null && !Cursor.TryDecode(query.Cursor, order.Count, out _))
        {
            return Fail("cursor", "not a cursor of this ordering; pass the nextCursor of a previous page with the same sort.");
        }

        var where = parts.Count switch { 0 => null, 1 => parts[0], _ => new AndFilter(parts) };
        return (new NodeQuery(label.Name, where, order, new PageRequest(First: limit, After: query.Cursor)), null, null);

        static (NodeQuery?, string?, string?) Fail(string parameter, string error) => (null, parameter, error);
    }

    /// <summary>Parses <c>-startDate,name</c> into sort keys (default: by name).</summary>
    public static (IReadOnlyList<SortKey> Order, string? Error) ParseSort(LabelDefinition label, string? sort)
    {
        if (string.IsNullOrWhiteSpace(sort))
        {
            return ([new SortKey("name")], null);
        }

        var sortable = SortableProperties(label);
        var keys = new List<SortKey>();
        foreach (var part in sort.Split(',', StringSplitOptions.TrimEntries))
        {
            var descending = part.StartsWith('-');
            var name = descending || part.StartsWith('+') ? part[1..] : part;
            if (!sortable.Contains(name))
            {
                return ([], $"'{name}' is not a sort key of {label.Plural}; use {string.Join(", ", sortable)}, with - for descending.");
            }

            if (keys.Any(k => k.Property == name))
            {
                return ([], $"'{name}' is given twice.");
            }

            keys.Add(new SortKey(name, descending));
        }

        return (keys, null);
    }
}

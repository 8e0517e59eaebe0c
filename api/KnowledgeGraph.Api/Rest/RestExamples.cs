using System.Text.Json;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Api;

/// <summary>Response examples for the OpenAPI document, taken from the curated dataset (abridged).</summary>
public static class RestExamples
{
    /// <summary>A 400 problem.</summary>
    public const string BadRequest = """
        {"type": "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1", "title": "The parameter 'limit' is not valid.", "status": 400,
         "detail": "limit: must be between 1 and 100; got 500.", "code": "VALIDATION", "parameter": "limit"}
        """;

    /// <summary>A 404 problem.</summary>
    public const string NotFound = """
        {"type": "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5", "title": "Not found.", "status": 404,
         "detail": "No entity has the id 'disease:no-such-thing'.", "code": "NOT_FOUND", "parameter": "id"}
        """;

    /// <summary>A 500 problem.</summary>
    public const string Internal = """
        {"type": "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.1", "title": "An error occurred while processing your request.", "status": 500,
         "detail": "An unexpected error occurred; quote the traceId when reporting it.", "code": "INTERNAL", "traceId": "00-f310c0989e9aeb858a839089ca5d1b71-22cb3afbbe6d5c71-00"}
        """;

    /// <summary>A 503 problem.</summary>
    public const string StoreUnavailable = """
        {"type": "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.4", "title": "The store is unavailable.", "status": 503,
         "detail": "The graph store did not answer; try again shortly.", "code": "STORE_UNAVAILABLE", "traceId": "00-f310c0989e9aeb858a839089ca5d1b71-22cb3afbbe6d5c71-00"}
        """;

    private const string Pneumoconiosis = """
        {"id": "disease:pneumoconiosis", "label": "Disease", "name": "Pneumoconiosis", "description": "Lung diseases caused by inhaling mineral dust.",
         "aliases": ["black lung"], "properties": {"icd10": "J60-J65"},
         "evidence": [{"source": "source:ilo-china-mongolia-news", "quote": "campaigns for the prevention of pneumoconiosis"}], "version": 1}
        """;

    private const string Campaign = """
        {"id": "program:pneumoconiosis-prevention-campaign", "label": "Program", "name": "Pneumoconiosis prevention campaign with Wang Baoqiang",
         "description": null, "aliases": [], "properties": {"kind": "CAMPAIGN"},
         "evidence": [{"source": "source:ilo-china-mongolia-news", "quote": "campaigns for the prevention of pneumoconiosis"}]}
        """;

    private const string Step = """
        {"from": {"id": "program:pneumoconiosis-prevention-campaign", "label": "Program", "name": "Pneumoconiosis prevention campaign with Wang Baoqiang"},
         "type": "ADDRESSES", "to": {"id": "disease:pneumoconiosis", "label": "Disease", "name": "Pneumoconiosis"},
         "evidence": [{"source": "source:ilo-china-mongolia-news", "quote": "campaigns for the prevention of pneumoconiosis"}]}
        """;

    // One real-looking entity per label, for the collection examples.
    private static readonly Dictionary<string, (string Id, string Name, Dictionary<string, string> Properties)> Samples = new(StringComparer.Ordinal)
    {
        ["Hazard"] = ("hazard:dust", "Workplace dust", new() { ["category"] = "DUST" }),
        ["Disease"] = ("disease:pneumoconiosis", "Pneumoconiosis", new() { ["icd10"] = "J60-J65" }),
        ["Program"] = ("program:us-china-labor-dialogue", "U.S.–China Labor Dialogue", new() { ["kind"] = "DIALOGUE", ["startDate"] = "2011" }),
        ["Event"] = ("event:2013-12-09-us-china-workplace-safety-dialogue", "2013 U.S.–China Workplace Safety and Health Dialogue", new() { ["kind"] = "SESSION", ["location"] = "Arlington, Va.", ["startDate"] = "2013-12-09" }),
        ["Agency"] = ("agency:dol", "U.S. Department of Labor", new() { ["acronym"] = "DOL", ["kind"] = "GOVERNMENT" }),
        ["Person"] = ("person:joseph-main", "Joseph A. Main", new() { ["title"] = "Assistant Secretary of Labor for Mine Safety and Health" }),
        ["Regulation"] = ("regulation:ilo-declaration-fundamental-principles", "ILO Declaration on Fundamental Principles and Rights at Work", new() { ["adopted"] = "1998", ["jurisdiction"] = "INTERNATIONAL", ["kind"] = "DECLARATION" }),
        ["Topic"] = ("topic:collective-bargaining", "Collective bargaining", []),
        ["Sector"] = ("sector:agriculture", "Agriculture", []),
        ["Country"] = ("country:cn", "China", new() { ["code"] = "CN" }),
        ["Source"] = ("source:dol-ilab-us-china", "U.S. Department of Labor, ILAB: China", new() { ["kind"] = "DOCUMENT", ["publisher"] = "U.S. Department of Labor" }),
    };

    /// <summary>The example of an operation's 200 JSON response, or null.</summary>
    public static string? For(string operationId, LabelDefinition? collection)
    {
        if (collection is not null)
        {
            return $$"""{"items": [{{Sample(collection)}}], "nextCursor": "WyJVLlMuIERlcGFydG1lbnQgb2YgTGFib3IiLCJhZ2VuY3k6ZG9sIl0", "total": 42}""";
        }

        return operationId switch
        {
            "getServiceIndex" => """
                {"name": "Occupational Safety Knowledge Graph", "nodes": 320, "relationships": 634,
                 "nodesByLabel": {"Disease": 5, "Hazard": 8, "Program": 53},
                 "links": {"graphql": "/graphql", "health": "/health/ready", "hazards": "/api/v1/hazards", "openapi": "/swagger/v1/swagger.json"}}
                """,
            "getEntity" => Pneumoconiosis,
            "listChanges" => """
                [{"sequence": 42, "at": "2026-11-23T10:15:00.0000000+00:00", "actor": "alice", "operation": "UpdateNode", "targetId": "hazard:dust",
                  "before": "{\"id\":\"hazard:dust\",\"name\":\"Dust\",\"version\":1}", "after": "{\"id\":\"hazard:dust\",\"name\":\"Workplace dust\",\"version\":2}"}]
                """,
            "listNeighbours" => """
                {"id": "agency:dol", "items": [{"type": "PARTICIPATES_IN", "direction": "OUT", "properties": {"role": "LEAD"},
                  "evidence": [{"source": "source:dol-ilab-us-china", "quote": "The U.S.-China Labor Dialogue"}],
                  "node": {"id": "program:us-china-labor-dialogue", "label": "Program", "name": "U.S.–China Labor Dialogue"}}]}
                """,
            "listCoverage" => $$"""{"id": "disease:pneumoconiosis", "items": [{"program": {{Campaign}}, "direct": true, "length": 1, "steps": [{{Step}}]}]}""",
            "search" => """
                {"query": "mine rescue", "items": [{"entity": {"id": "topic:mine-rescue", "label": "Topic", "name": "Mine rescue"}, "score": 10.5, "snippet": "[Mine rescue]"}]}
                """,
            "findPaths" => $$"""
                {"from": "program:pneumoconiosis-prevention-campaign", "to": "disease:pneumoconiosis", "items": [{"length": 1,
                 "nodes": [{"id": "program:pneumoconiosis-prevention-campaign", "label": "Program", "name": "Pneumoconiosis prevention campaign with Wang Baoqiang"},
                           {"id": "disease:pneumoconiosis", "label": "Disease", "name": "Pneumoconiosis"}],
                 "steps": [{{Step}}]}]}
                """,
            "getStatistics" => """
                {"contentHash": "1a2b3c4d5e6f", "nodes": 320, "relationships": 634,
                 "nodesByLabel": {"Disease": 5, "Hazard": 8}, "relationshipsByType": {"ADDRESSES": 120, "CAUSES": 9},
                 "programsPerYear": [{"year": "2011", "count": 2}], "eventsPerYear": [{"year": "2013", "count": 6}],
                 "eventsPerCountry": [{"id": "country:cn", "name": "China", "count": 20}],
                 "hazardsByPrograms": [{"id": "hazard:dust", "name": "Workplace dust", "programs": 3, "directPrograms": 2}],
                 "diseasesByPrograms": [{"id": "disease:pneumoconiosis", "name": "Pneumoconiosis", "programs": 2, "directPrograms": 1}],
                 "evidenceBySource": [{"id": "source:dol-ilab-us-china", "name": "U.S. Department of Labor, ILAB: China", "count": 250}]}
                """,
            "exportGraph" => $$"""
                {"nodes": [{{Pneumoconiosis}}],
                 "relationships": [{"id": "hazard:dust|CAUSES|disease:pneumoconiosis", "type": "CAUSES", "from": "hazard:dust", "to": "disease:pneumoconiosis", "properties": {},
                   "evidence": [{"source": "source:ilo-china-mongolia-news", "quote": "workplace dust hazards and prevention of pneumoconiosis"}]}]}
                """,
            _ => null,
        };
    }

    private static string Sample(LabelDefinition label)
    {
        var (id, name, properties) = Samples[label.Name];
        return JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["id"] = id,
            ["label"] = label.Name,
            ["name"] = name,
            ["description"] = null,
            ["aliases"] = Array.Empty<string>(),
            ["properties"] = properties,
            ["evidence"] = new[] { new Dictionary<string, string> { ["source"] = "source:dol-ilab-us-china", ["quote"] = name } },
        });
    }
}

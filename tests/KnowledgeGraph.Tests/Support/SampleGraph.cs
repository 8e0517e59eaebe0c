using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Tests;

/// <summary>A small hand-made graph with every rule of coverage in it, for store tests that must not depend on the curated data.</summary>
internal static class SampleGraph
{
    public const string Source = "source:sample";

    public static GraphNode Node(string id, string name, IReadOnlyDictionary<string, string>? props = null, string[]? aliases = null, string? description = null, string? quote = null) =>
        new(id, NodeId.LabelOf(id)!.Name, name, description, aliases ?? [], props ?? new Dictionary<string, string>(), [new Evidence(Source, quote ?? $"{name} is mentioned here.")]);

    public static GraphRelationship Rel(string from, string type, string to, string? role = null) =>
        new(type, from, to, role is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["role"] = role }, [new Evidence(Source, $"{from} {type} {to}")]);

    public static GraphDataset Build() => new(
        [
            Node(Source, "Sample source", new Dictionary<string, string> { ["kind"] = "REFERENCE", ["title"] = "Sample" }),
            Node("hazard:dust", "Workplace dust", new Dictionary<string, string> { ["category"] = "DUST" }, ["dust"], quote: "Workplace dust control is a priority."),
            Node("hazard:noise", "Noise", new Dictionary<string, string> { ["category"] = "PHYSICAL" }),
            Node("disease:pneumoconiosis", "Pneumoconiosis", new Dictionary<string, string> { ["icd10"] = "J60-J65" }, ["black lung"]),
            Node("disease:hearing-loss", "Noise-induced hearing loss"),
            Node("program:dialogue", "Safety Dialogue", new Dictionary<string, string> { ["kind"] = "DIALOGUE", ["startDate"] = "2012-11" }, description: "A dialogue on pneumoconiosis and other matters."),
            Node("program:dust-project", "Dust Project", new Dictionary<string, string> { ["kind"] = "PROJECT", ["startDate"] = "2013" }),
            Node("program:campaign", "Pneumoconiosis Campaign", new Dictionary<string, string> { ["kind"] = "CAMPAIGN", ["startDate"] = "2022-04-28" }),
            Node("program:labor-dialogue", "Labor Dialogue", new Dictionary<string, string> { ["kind"] = "DIALOGUE", ["startDate"] = "2010" }),
            Node("program:no-date", "Undated Program", new Dictionary<string, string> { ["kind"] = "SERVICE" }),
            Node("event:2013-12-09-session", "2013 Safety Dialogue session", new Dictionary<string, string> { ["kind"] = "SESSION", ["startDate"] = "2013-12-09", ["location"] = "Arlington, VA" }),
            Node("event:2016-05-16-session", "2016 Labor Dialogue", new Dictionary<string, string> { ["kind"] = "SESSION", ["startDate"] = "2016-05-16" }),
            Node("agency:dol", "U.S. Department of Labor", new Dictionary<string, string> { ["kind"] = "GOVERNMENT", ["acronym"] = "DOL" }, ["DOL", "USDOL"]),
            Node("agency:saws", "State Administration of Work Safety", new Dictionary<string, string> { ["kind"] = "GOVERNMENT", ["acronym"] = "SAWS" }, ["SAWS"]),
            Node("person:joseph-main", "Joseph A. Main", new Dictionary<string, string> { ["title"] = "Assistant Secretary" }),
            Node("country:us", "United States", new Dictionary<string, string> { ["code"] = "US" }),
            Node("country:cn", "China", new Dictionary<string, string> { ["code"] = "CN" }),
            Node("topic:mine-rescue", "Mine rescue", quote: "mine emergency rescue operations"),
        ],
        [
            Rel("hazard:dust", "CAUSES", "disease:pneumoconiosis"),
            Rel("hazard:noise", "CAUSES", "disease:hearing-loss"),
            Rel("program:dust-project", "PART_OF", "program:dialogue"),
            Rel("program:dust-project", "ADDRESSES", "hazard:dust"),
            Rel("program:campaign", "ADDRESSES", "disease:pneumoconiosis"),
            Rel("event:2013-12-09-session", "PART_OF", "program:dialogue"),
            Rel("event:2013-12-09-session", "COVERED", "topic:mine-rescue"),
            Rel("event:2016-05-16-session", "PART_OF", "program:labor-dialogue"),
            Rel("event:2016-05-16-session", "COVERED", "hazard:noise"),
            Rel("agency:dol", "PARTICIPATES_IN", "program:dialogue", "LEAD"),
            Rel("agency:saws", "PARTICIPATES_IN", "program:dialogue", "PARTNER"),
            Rel("agency:dol", "PARTICIPATES_IN", "program:labor-dialogue", "LEAD"),
            Rel("person:joseph-main", "ATTENDED", "event:2013-12-09-session", "CO_CHAIR"),
            Rel("agency:dol", "BASED_IN", "country:us"),
            Rel("agency:saws", "BASED_IN", "country:cn"),
            Rel("program:dialogue", "INVOLVES", "country:cn"),
            Rel("program:dialogue", "INVOLVES", "country:us"),
            Rel("program:dust-project", "INVOLVES", "country:cn"),
            Rel("program:campaign", "INVOLVES", "country:cn"),
        ]);
}

namespace KnowledgeGraph.Tests;

/// <summary>One way to break the valid test dataset, and the single error it must give.</summary>
/// <param name="File">The file the error is reported in.</param>
/// <param name="Needle">Text that occurs once in that file (after the break) and begins on the error's line.</param>
/// <param name="Reason">A substring of the error message.</param>
/// <param name="Break">The change to the valid dataset.</param>
public sealed record BrokenDatasetCase(string File, string Needle, string Reason, Func<TestDataset, TestDataset> Break);

/// <summary>The catalogue of broken datasets: every rule of the loader, one small change each.</summary>
public static class BrokenDatasetCases
{
    private const string Alpha = "alpha.yaml";
    private const string Reference = "reference.yaml";
    private const string Sources = "sources.yaml";

    public static IReadOnlyDictionary<string, BrokenDatasetCase> All { get; } = new SortedDictionary<string, BrokenDatasetCase>(StringComparer.Ordinal)
    {
        ["yaml syntax error"] = new(Alpha, "name: 'Silicosis", "YAML syntax error",
            d => d.Replace(Alpha, "name: Silicosis", "name: 'Silicosis")),
        ["unknown top-level key"] = new(Alpha, "author: someone", "unknown top-level key 'author'",
            d => d.Replace(Alpha, "source: source:alpha\n", "source: source:alpha\nauthor: someone\n")),
        ["unknown id prefix"] = new(Reference, "ministry:labour", "unknown label prefix 'ministry'",
            d => d.Append(Reference, """
                nodes:
                  - id: ministry:labour
                    name: Ministry of Labour
                    evidence: [{ source: source:ref, quote: "Reference list" }]
                """)),
        ["malformed id"] = new(Reference, "Agency:Labour", "malformed id 'Agency:Labour'",
            d => d.Append(Reference, """
                nodes:
                  - id: Agency:Labour
                    name: Ministry of Labour
                    evidence: [{ source: source:ref, quote: "Reference list" }]
                """)),
        ["unknown property for the label"] = new(Alpha, "colour: grey", "unknown property 'colour' for Hazard",
            d => d.Replace(Alpha, "    category: DUST\n", "    category: DUST\n    colour: grey\n")),
        ["list where a string is expected"] = new(Alpha, "name: [Silicosis]", "name must be a string, found a list",
            d => d.Replace(Alpha, "name: Silicosis", "name: [Silicosis]")),
        ["enum value not in the ontology"] = new(Alpha, "kind: PILOT", "'PILOT' is not a ProgramKind; allowed: DIALOGUE, PROJECT",
            d => d.Replace(Alpha, "kind: PROJECT", "kind: PILOT")),
        ["date that is not a real date"] = new(Alpha, "startDate: \"2013-02-30\"", "'2013-02-30' is not a real ISO 8601 date",
            d => d.Replace(Alpha, "startDate: \"2013\"", "startDate: \"2013-02-30\"")),
        ["end date before start date"] = new(Alpha, "endDate: \"2012-12\"", "endDate 2012-12 is before startDate 2013",
            d => d.Replace(Alpha, "endDate: \"2015-06\"", "endDate: \"2012-12\"")),
        ["property pattern mismatch"] = new(Alpha, "icd10: J6\n", "icd10 'J6' does not match the pattern",
            d => d.Replace(Alpha, "icd10: J62", "icd10: J6")),
        ["url that is not http"] = new(Sources, "ftp://example.org/list", "not an absolute http(s) URL",
            d => d.Replace(Sources, "https://example.org/list", "ftp://example.org/list")),
        ["duplicate node in a file"] = new(Alpha, "{ id: disease:silicosis", "already defined in this file at line 9",
            d => d.Replace(Alpha, "relationships:\n", "  - { id: disease:silicosis, name: Silicosis, evidence: [\"Dust causes silicosis.\"] }\nrelationships:\n")),
        ["name conflicting across files"] = new(Reference, "name: Silicosis (chronic)", "name 'Silicosis (chronic)' conflicts with 'Silicosis' given at alpha.yaml:10",
            d => d.Append(Reference, """
                nodes:
                  - id: disease:silicosis
                    name: Silicosis (chronic)
                    evidence: [{ source: source:ref, quote: "Reference list" }]
                """)),
        ["property conflicting across files"] = new(Reference, "icd10: J63", "icd10 'J63' conflicts with 'J62'",
            d => d.Append(Reference, """
                nodes:
                  - id: disease:silicosis
                    icd10: J63
                    evidence: [{ source: source:ref, quote: "Reference list" }]
                """)),
        ["node with no name in any file"] = new(Reference, "id: topic:mine-safety", "topic:mine-safety: no name in any file",
            d => d.Append(Reference, """
                nodes:
                  - id: topic:mine-safety
                    evidence: [{ source: source:ref, quote: "Reference list" }]
                """)),
        ["alias repeating the name"] = new(Alpha, "aliases: [Dust, mine dust]", "alias 'mine dust' repeats the name",
            d => d.Replace(Alpha, "aliases: [Dust]", "aliases: [Dust, mine dust]")),
        ["unknown relationship type"] = new(Reference, "type: LEADS_TO", "unknown relationship type 'LEADS_TO'",
            d => d.Replace(Reference, "type: CAUSES", "type: LEADS_TO")),
        ["relationship shape not allowed"] = new(Reference, "type: CAUSES", "CAUSES from Disease to Hazard is not allowed; CAUSES goes Hazard → Disease",
            d => d.Replace(Reference, "from: hazard:dust", "from: disease:silicosis").Replace(Reference, "to: disease:silicosis", "to: hazard:dust")),
        ["relationship property not allowed for its type"] = new(Alpha, "role: PARTNER", "property 'role' is not allowed on ADDRESSES; allowed: none",
            d => d.Replace(Alpha, "    to: hazard:dust\n", "    to: hazard:dust\n    role: PARTNER\n")),
        ["role not in the ontology"] = new(Alpha, "role: BOSS", "role 'BOSS' is not a Role",
            d => d.Replace(Alpha, "role: LEAD", "role: BOSS")),
        ["duplicate relationship in a file"] = new(Reference, "{ from: hazard:dust", "already given in this file at line 2",
            d => d.Append(Reference, """
                  - { from: hazard:dust, type: CAUSES, to: disease:silicosis, evidence: [{ source: source:ref, quote: "Reference list" }] }
                """)),
        ["relationship role conflicting across files"] = new(Reference, "role: PARTNER", "role 'PARTNER' conflicts with 'LEAD' given at alpha.yaml:",
            d => d.Append(Reference, """
                  - from: agency:dol
                    type: PARTICIPATES_IN
                    to: program:dust-project
                    role: PARTNER
                    evidence: [{ source: source:ref, quote: "Reference list" }]
                """)),
        ["second parent of a single-valued relationship"] = new(Reference, "{ from: program:dust-project, type: PART_OF, to: program:b", "already has a PART_OF to a Program",
            d => d.Append(Reference, """
                  - { from: program:dust-project, type: PART_OF, to: program:a, evidence: [{ source: source:ref, quote: "Reference list" }] }
                  - { from: program:dust-project, type: PART_OF, to: program:b, evidence: [{ source: source:ref, quote: "Reference list" }] }
                nodes:
                  - { id: program:a, name: A, evidence: [{ source: source:ref, quote: "Reference list" }] }
                  - { id: program:b, name: B, evidence: [{ source: source:ref, quote: "Reference list" }] }
                """)),
        ["dangling reference"] = new(Reference, "to: disease:asbestosis", "'disease:asbestosis' is not defined as a node in any file",
            d => d.Replace(Reference, "to: disease:silicosis", "to: disease:asbestosis")),
        ["relationship without an end"] = new(Reference, "- from: hazard:dust", "relationship has no 'to'",
            d => d.Replace(Reference, "    to: disease:silicosis\n", string.Empty)),
        ["missing evidence"] = new(Alpha, "id: disease:silicosis", "disease:silicosis: no evidence",
            d => d.Replace(Alpha, "    icd10: J62\n    evidence:\n      - \"Dust causes silicosis.\"\n", "    icd10: J62\n")),
        ["empty evidence"] = new(Alpha, "evidence: []", "evidence is empty",
            d => d.Replace(Alpha, "    evidence:\n      - \"Dust causes silicosis.\"\n", "    evidence: []\n")),
        ["evidence citing an unknown source"] = new(Reference, "source: source:refs", "evidence source 'source:refs' is not a defined source",
            d => d.Replace(Reference, "source: source:ref\n", "source: source:refs\n")),
        ["evidence citing a node that is not a source"] = new(Reference, "source: agency:dol", "evidence source 'agency:dol' is not a defined source",
            d => d.Replace(Reference, "source: source:ref\n", "source: agency:dol\n")),
        ["plain quote without a file source"] = new(Reference, "- \"silica dust causes silicosis\"", "a plain quote needs a file-level 'source:'",
            d => d.Replace(Reference, "      - source: source:ref\n        quote: \"silica dust causes silicosis\"", "      - \"silica dust causes silicosis\"")),
        ["unknown evidence key"] = new(Reference, "page: 3", "unknown evidence key 'page'",
            d => d.Replace(Reference, "        quote: \"silica dust causes silicosis\"\n", "        quote: \"silica dust causes silicosis\"\n        page: 3\n")),
        ["empty quote"] = new(Alpha, "- \"\"", "quote is empty",
            d => d.Replace(Alpha, "- \"Dust causes silicosis.\"", "- \"\"")),
        ["quote too long"] = new(Reference, "quote: \"xxx", "quote is 301 characters long; at most 300",
            d => d.Replace(Reference, "quote: \"silica dust causes silicosis\"", $"quote: \"{new string('x', 301)}\"")),
        ["quote not verbatim in its document"] = new(Alpha, "Dust always causes silicosis.", "quote not found verbatim in alpha.txt (source:alpha)",
            d => d.Replace(Alpha, "Dust causes silicosis.", "Dust always causes silicosis.")),
        ["file source not defined"] = new(Alpha, "source: source:beta", "file source 'source:beta' is not a defined source",
            d => d.Replace(Alpha, "source: source:alpha\n", "source: source:beta\n")),
        ["document source without a file"] = new(Sources, "id: source:alpha", "a DOCUMENT source needs 'file'",
            d => d.Replace(Sources, "    file: alpha.txt\n", string.Empty)),
        ["document file missing from the corpus"] = new(Sources, "file: beta.txt", "file 'beta.txt' is not in the corpus directory",
            d => d.Replace(Sources, "file: alpha.txt", "file: beta.txt")),
    };
}

namespace KnowledgeGraph.Graph;

/// <summary>
/// The ontology of the graph: labels, their properties, enumerations and the allowed relationships.
/// The validator, both stores and the GraphQL schema are all driven from this one definition;
/// <c>graph-schema/ontology.md</c> documents it for people.
/// </summary>
public static class Ontology
{
    /// <summary>Hazard categories.</summary>
    public static readonly IReadOnlyList<string> HazardCategories =
        ["DUST", "CHEMICAL", "PHYSICAL", "ERGONOMIC", "PSYCHOSOCIAL", "BIOLOGICAL", "SAFETY"];

    /// <summary>Kinds of cooperation program.</summary>
    public static readonly IReadOnlyList<string> ProgramKinds =
        ["DIALOGUE", "PROJECT", "AGREEMENT", "WORKING_GROUP", "CAMPAIGN", "TRAINING", "RESEARCH", "SERVICE"];

    /// <summary>Kinds of dated event.</summary>
    public static readonly IReadOnlyList<string> EventKinds =
        ["SESSION", "MEETING", "CONFERENCE", "SEMINAR", "WORKSHOP", "VISIT", "PUBLICATION", "STATEMENT", "ACCIDENT", "OTHER"];

    /// <summary>Kinds of organisation.</summary>
    public static readonly IReadOnlyList<string> AgencyKinds =
        ["GOVERNMENT", "INTERGOVERNMENTAL", "NGO", "TRADE_UNION", "EMPLOYER", "COMPANY", "OTHER"];

    /// <summary>Kinds of regulation or normative instrument.</summary>
    public static readonly IReadOnlyList<string> RegulationKinds =
        ["LAW", "REGULATION", "STANDARD", "CONVENTION", "DECLARATION", "MOU", "AGREEMENT", "LIST", "POLICY"];

    /// <summary>Kinds of source.</summary>
    public static readonly IReadOnlyList<string> SourceKinds = ["DOCUMENT", "REFERENCE"];

    /// <summary>Roles an agency or person plays in a program or event.</summary>
    public static readonly IReadOnlyList<string> Roles =
    [
        "CHAIR", "CO_CHAIR", "HOST", "HEAD_OF_DELEGATION", "KEYNOTE", "LEAD", "PARTNER", "FUNDER",
        "PARTICIPANT", "ORGANIZER", "SPEAKER", "MEMBER",
    ];

    /// <summary>Every enumeration by its GraphQL type name.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> Enums = new Dictionary<string, IReadOnlyList<string>>
    {
        ["HazardCategory"] = HazardCategories,
        ["ProgramKind"] = ProgramKinds,
        ["EventKind"] = EventKinds,
        ["AgencyKind"] = AgencyKinds,
        ["RegulationKind"] = RegulationKinds,
        ["SourceKind"] = SourceKinds,
        ["Role"] = Roles,
    };

    private static PropertyDefinition Enum(string name, string enumName, string description) =>
        new(name, PropertyKind.Enum, description, Enums[enumName], EnumName: enumName);

    private static PropertyDefinition Date(string name, string description) => new(name, PropertyKind.Date, description);

    private static PropertyDefinition Text(string name, string description, string? pattern = null) =>
        new(name, PropertyKind.Text, description, Pattern: pattern);

    /// <summary>Every label, in the order of the contract.</summary>
    public static readonly IReadOnlyList<LabelDefinition> Labels =
    [
        new("Hazard", "hazard", "hazards", "A workplace hazard: a dust, substance, condition or strain that can harm workers.",
            [Enum("category", "HazardCategory", "The hazard's category.")]),
        new("Disease", "disease", "diseases", "An occupational disease or group of diseases.",
            [
                Text("icd10", "The WHO ICD-10 code or code range, e.g. J60-J65.", @"^[A-Z][0-9]{2}(\.[0-9]{1,2})?(-[A-Z][0-9]{2}(\.[0-9]{1,2})?)?$"),
                Text("icd11", "The WHO ICD-11 code, when known.", @"^[0-9A-Z]{2,4}(\.[0-9A-Z]{1,2})?(-[0-9A-Z]{2,4})?$"),
            ]),
        new("Program", "program", "programs", "A cooperation activity over time: a dialogue, project, agreement, working group, campaign, training, research or service.",
            [
                Enum("kind", "ProgramKind", "What sort of program this is."),
                Date("startDate", "When the program began, at the precision the source gives."),
                Date("endDate", "When the program ended, if it has."),
            ]),
        new("Event", "event", "events", "A dated occurrence: a session, meeting, conference, seminar, visit, publication or accident.",
            [
                Enum("kind", "EventKind", "What sort of event this is."),
                Date("startDate", "The day (or month, or year) the event began."),
                Date("endDate", "The day the event ended, when it lasted more than one day."),
                Text("location", "Where the event took place (city, region or 'online')."),
            ]),
        new("Agency", "agency", "agencies", "Any organisation: a ministry, administration, ILO office, NGO, union, employers' body or company.",
            [
                Enum("kind", "AgencyKind", "What sort of organisation this is."),
                Text("acronym", "The organisation's usual acronym, e.g. SAWS."),
            ]),
        new("Person", "person", "people", "A named person.",
            [Text("title", "The person's title or office as the source gives it.")]),
        new("Regulation", "regulation", "regulations", "A law, regulation, standard, convention, declaration, MOU, agreement or list.",
            [
                Enum("kind", "RegulationKind", "What sort of instrument this is."),
                Text("jurisdiction", "Where it applies: an ISO 3166 alpha-2 code (CN), several joined by '/' (US/CN), or INTERNATIONAL.", @"^(INTERNATIONAL|[A-Z]{2}(/[A-Z]{2})*)$"),
                Date("adopted", "When it was adopted or signed."),
            ]),
        new("Topic", "topic", "topics", "A subject of labour or safety policy, e.g. collective bargaining or mine rescue.", []),
        new("Sector", "sector", "sectors", "An industry or branch of activity, e.g. coal mining or agriculture.", []),
        new("Country", "country", "countries", "A country; its id is country:<ISO 3166 alpha-2 code in lower case>.",
            [Text("code", "The ISO 3166-1 alpha-2 code (upper case).", "^[A-Z]{2}$")]),
        new("Source", "source", "sources", "A source of evidence: one of the corpus documents, or a named public reference.",
            [
                Enum("kind", "SourceKind", "DOCUMENT for a corpus file, REFERENCE for a named public reference."),
                Text("title", "The document's title."),
                Text("publisher", "Who published it."),
                Date("published", "When it was published or captured."),
                Text("file", "The corpus file name, for documents."),
                new("url", PropertyKind.Url, "Where the source can be read."),
            ]),
    ];

    /// <summary>Properties a relationship may carry, by type.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<PropertyDefinition>> RelationshipProperties =
        new Dictionary<string, IReadOnlyList<PropertyDefinition>>
        {
            ["PARTICIPATES_IN"] = [Enum("role", "Role", "The agency's role in the program.")],
            ["ATTENDED"] = [Enum("role", "Role", "The role played at the event.")],
            ["MEMBER_OF"] = [Text("title", "The person's title or office in the organisation.")],
        };

    /// <summary>Every allowed relationship shape, as in the contract.</summary>
    public static readonly IReadOnlyList<RelationshipDefinition> Relationships =
    [
        new("CAUSES", "Hazard", "Disease", "causes", "causedBy", false, "The hazard causes the disease.", "The diseases this hazard causes.", "The hazards that cause this disease."),
        new("FOUND_IN", "Hazard", "Sector", "sectors", "hazards", false, "The hazard occurs in the sector.", "The sectors where this hazard occurs.", "The hazards that occur in this sector."),
        new("ADDRESSES", "Program", "Hazard", "hazards", "programs", false, "The program addresses the hazard.", "The hazards this program addresses.", "The programs that address this hazard."),
        new("ADDRESSES", "Program", "Disease", "diseases", "programs", false, "The program addresses the disease.", "The diseases this program addresses.", "The programs that address this disease."),
        new("ADDRESSES", "Program", "Topic", "topics", "programs", false, "The program addresses the topic.", "The topics this program addresses.", "The programs that address this topic."),
        new("ADDRESSES", "Program", "Sector", "sectors", "programs", false, "The program addresses the sector.", "The sectors this program addresses.", "The programs that address this sector."),
        new("PART_OF", "Program", "Program", "parent", "subprograms", true, "The program is part of a larger program.", "The larger program this one is part of.", "The programs that are part of this one."),
        new("PART_OF", "Event", "Program", "program", "events", true, "The event took place within the program.", "The program this event took place within.", "The events that took place within this program."),
        new("COVERED", "Event", "Hazard", "hazards", "events", false, "The event covered the hazard.", "The hazards this event covered.", "The events that covered this hazard."),
        new("COVERED", "Event", "Disease", "diseases", "events", false, "The event covered the disease.", "The diseases this event covered.", "The events that covered this disease."),
        new("COVERED", "Event", "Topic", "topics", "events", false, "The event covered the topic.", "The topics this event covered.", "The events that covered this topic."),
        new("PARTICIPATES_IN", "Agency", "Program", "programs", "agencies", false, "The agency takes part in the program, in a role.", "The programs this organisation takes part in (its role is on facts).", "The organisations that take part in this program (their roles are on facts)."),
        new("ATTENDED", "Agency", "Event", "events", "agencies", false, "The agency attended the event, in a role.", "The events this organisation attended (its role is on facts).", "The organisations that attended this event (their roles are on facts)."),
        new("ATTENDED", "Person", "Event", "events", "people", false, "The person attended the event, in a role.", "The events this person attended (the role is on facts).", "The people who attended this event (their roles are on facts)."),
        new("MEMBER_OF", "Person", "Agency", "agencies", "people", false, "The person belongs to the organisation, with a title.", "The organisations this person belongs to (the title is on facts).", "The people who belong to this organisation (titles are on facts)."),
        new("PART_OF", "Agency", "Agency", "parent", "units", true, "The organisation is a unit of a larger one.", "The larger organisation this one is a unit of.", "The units of this organisation."),
        new("BASED_IN", "Agency", "Country", "country", "agencies", true, "The organisation is based in the country.", "The country this organisation is based in.", "The organisations based in this country."),
        new("INVOLVES", "Program", "Country", "countries", "programs", false, "The program involves the country.", "The countries this program involves.", "The programs that involve this country."),
        new("HELD_IN", "Event", "Country", "country", "events", true, "The event was held in the country.", "The country this event was held in.", "The events held in this country."),
        new("ISSUED_BY", "Regulation", "Agency", "issuedBy", "regulations", false, "The regulation was issued, adopted or signed by the organisation.", "The organisations that issued, adopted or signed this regulation.", "The regulations this organisation issued, adopted or signed."),
        new("REGULATES", "Regulation", "Hazard", "hazards", "regulations", false, "The regulation governs the hazard.", "The hazards this regulation governs.", "The regulations that govern this hazard."),
        new("REGULATES", "Regulation", "Disease", "diseases", "regulations", false, "The regulation governs the disease.", "The diseases this regulation governs.", "The regulations that govern this disease."),
        new("REGULATES", "Regulation", "Topic", "topics", "regulations", false, "The regulation governs the topic.", "The topics this regulation governs.", "The regulations that govern this topic."),
        new("REGULATES", "Regulation", "Sector", "sectors", "regulations", false, "The regulation governs the sector.", "The sectors this regulation governs.", "The regulations that govern this sector."),
        new("BASED_ON", "Program", "Regulation", "regulations", "programs", false, "The program rests on the regulation (e.g. an MOU).", "The regulations (e.g. MOUs) this program rests on.", "The programs that rest on this regulation."),
    ];

    /// <summary>Every relationship type name.</summary>
    public static readonly IReadOnlyList<string> RelationshipTypes = Relationships.Select(r => r.Type).Distinct().ToArray();

    private static readonly Dictionary<string, LabelDefinition> ByName = Labels.ToDictionary(l => l.Name);
    private static readonly Dictionary<string, LabelDefinition> ByPrefix = Labels.ToDictionary(l => l.IdPrefix);

    /// <summary>The label with this name (e.g. <c>Disease</c>), or null.</summary>
    public static LabelDefinition? Label(string name) => ByName.GetValueOrDefault(name);

    /// <summary>The label whose ids start with this prefix (e.g. <c>disease</c>), or null.</summary>
    public static LabelDefinition? LabelByPrefix(string prefix) => ByPrefix.GetValueOrDefault(prefix);

    /// <summary>The shape of a relationship of this type between these labels, or null when the ontology does not allow it.</summary>
    public static RelationshipDefinition? Relationship(string type, string from, string to) =>
        Relationships.FirstOrDefault(r => r.Type == type && r.From == from && r.To == to);

    /// <summary>The properties a relationship of this type may carry.</summary>
    public static IReadOnlyList<PropertyDefinition> PropertiesOf(string relationshipType) =>
        RelationshipProperties.GetValueOrDefault(relationshipType) ?? [];
}

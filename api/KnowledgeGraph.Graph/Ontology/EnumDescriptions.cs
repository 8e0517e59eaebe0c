namespace KnowledgeGraph.Graph;

/// <summary>What each enumeration and each of its values means (shown in the API schema and the ontology page).</summary>
public static class EnumDescriptions
{
    private static readonly Dictionary<string, string> Types = new(StringComparer.Ordinal)
    {
        ["HazardCategory"] = "The category of a workplace hazard.",
        ["ProgramKind"] = "What sort of cooperation program.",
        ["EventKind"] = "What sort of dated event.",
        ["AgencyKind"] = "What sort of organisation.",
        ["RegulationKind"] = "What sort of normative instrument.",
        ["SourceKind"] = "Whether a source is a corpus document or a named public reference.",
        ["Role"] = "A role played in a program or at an event.",
    };

    private static readonly Dictionary<string, string> Values = new(StringComparer.Ordinal)
    {
        ["HazardCategory.DUST"] = "Airborne dust (mineral, coal, silica ...).",
        ["HazardCategory.CHEMICAL"] = "Toxic or hazardous substances.",
        ["HazardCategory.PHYSICAL"] = "Noise, vibration, heat, radiation.",
        ["HazardCategory.ERGONOMIC"] = "Musculoskeletal strain: repetitive movements, forceful exertion, awkward postures.",
        ["HazardCategory.PSYCHOSOCIAL"] = "Violence, harassment, stress.",
        ["HazardCategory.BIOLOGICAL"] = "Infectious agents.",
        ["HazardCategory.SAFETY"] = "Accidents: explosions, falls, machinery, fire.",
        ["ProgramKind.DIALOGUE"] = "A recurring dialogue between governments or organisations.",
        ["ProgramKind.PROJECT"] = "A technical cooperation or exchange project.",
        ["ProgramKind.AGREEMENT"] = "Cooperation carried out under an agreement or MOU.",
        ["ProgramKind.WORKING_GROUP"] = "A standing working group.",
        ["ProgramKind.CAMPAIGN"] = "An awareness or advocacy campaign.",
        ["ProgramKind.TRAINING"] = "A training program.",
        ["ProgramKind.RESEARCH"] = "Research or assessment work.",
        ["ProgramKind.SERVICE"] = "A standing service (a hotline, a job bank ...).",
        ["EventKind.SESSION"] = "A session of a dialogue.",
        ["EventKind.MEETING"] = "A meeting.",
        ["EventKind.CONFERENCE"] = "A conference.",
        ["EventKind.SEMINAR"] = "A seminar or webinar.",
        ["EventKind.WORKSHOP"] = "A workshop.",
        ["EventKind.VISIT"] = "A visit or study mission.",
        ["EventKind.PUBLICATION"] = "A report, paper, manual or other publication.",
        ["EventKind.STATEMENT"] = "A statement, speech or press release.",
        ["EventKind.ACCIDENT"] = "An industrial accident.",
        ["EventKind.OTHER"] = "Another kind of event.",
        ["AgencyKind.GOVERNMENT"] = "A ministry, department, administration or other government body.",
        ["AgencyKind.INTERGOVERNMENTAL"] = "An intergovernmental organisation or one of its offices (ILO, UN ...).",
        ["AgencyKind.NGO"] = "A non-governmental organisation.",
        ["AgencyKind.TRADE_UNION"] = "A trade union or federation of unions.",
        ["AgencyKind.EMPLOYER"] = "An employers' or business organisation.",
        ["AgencyKind.COMPANY"] = "A company.",
        ["AgencyKind.OTHER"] = "Another kind of organisation.",
        ["RegulationKind.LAW"] = "A law.",
        ["RegulationKind.REGULATION"] = "A regulation or rule.",
        ["RegulationKind.STANDARD"] = "A standard.",
        ["RegulationKind.CONVENTION"] = "An international convention.",
        ["RegulationKind.DECLARATION"] = "A declaration.",
        ["RegulationKind.MOU"] = "A memorandum of understanding.",
        ["RegulationKind.AGREEMENT"] = "An agreement or treaty.",
        ["RegulationKind.LIST"] = "A list (e.g. of occupational diseases).",
        ["RegulationKind.POLICY"] = "A policy or strategy.",
        ["SourceKind.DOCUMENT"] = "One of the corpus documents.",
        ["SourceKind.REFERENCE"] = "A named public reference, cited only for facts no document states.",
        ["Role.CHAIR"] = "Chaired it.",
        ["Role.CO_CHAIR"] = "Co-chaired it.",
        ["Role.HOST"] = "Hosted it.",
        ["Role.HEAD_OF_DELEGATION"] = "Led a delegation to it.",
        ["Role.KEYNOTE"] = "Gave the keynote.",
        ["Role.LEAD"] = "Leads it.",
        ["Role.PARTNER"] = "A partner in it.",
        ["Role.FUNDER"] = "Funds it.",
        ["Role.PARTICIPANT"] = "Took part.",
        ["Role.ORGANIZER"] = "Organised it.",
        ["Role.SPEAKER"] = "Spoke at it.",
        ["Role.MEMBER"] = "A member of it.",
    };

    /// <summary>The description of an enumeration.</summary>
    public static string Of(string enumName) => Types.GetValueOrDefault(enumName) ?? enumName;

    /// <summary>The description of one value of an enumeration.</summary>
    public static string Of(string enumName, string value) => Values.GetValueOrDefault($"{enumName}.{value}") ?? value;
}

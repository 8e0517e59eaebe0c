namespace KnowledgeGraph.Api;

/// <summary>A count for one year.</summary>
/// <param name="Year">The year (from dates at any precision).</param>
/// <param name="Count">How many.</param>
public sealed record YearCount(string Year, long Count);

/// <summary>A count for one entity (a country, a source).</summary>
/// <param name="Id">The entity's id.</param>
/// <param name="Name">The entity's name.</param>
/// <param name="Count">How many.</param>
public sealed record EntityCount(string Id, string Name, long Count);

/// <summary>A disease or hazard and how many programs cover it.</summary>
/// <param name="Id">The disease or hazard.</param>
/// <param name="Name">Its name.</param>
/// <param name="Programs">The programs covering it, directly or not.</param>
/// <param name="DirectPrograms">The programs that ADDRESS it themselves.</param>
public sealed record CoverageRank(string Id, string Name, long Programs, long DirectPrograms);

/// <summary>What a dashboard charts, computed once per imported dataset.</summary>
/// <param name="ContentHash">The content hash of the dataset these figures describe.</param>
/// <param name="Nodes">All nodes.</param>
/// <param name="Relationships">All relationships.</param>
/// <param name="NodesByLabel">Node count per label.</param>
/// <param name="RelationshipsByType">Relationship count per type.</param>
/// <param name="ProgramsPerYear">Programs by the year they started (undated ones are left out).</param>
/// <param name="EventsPerYear">Events by the year they began (undated ones are left out).</param>
/// <param name="EventsPerCountry">Events by the country they were held in (HELD_IN), most first.</param>
/// <param name="HazardsByPrograms">Hazards by the number of programs covering them, most first.</param>
/// <param name="DiseasesByPrograms">Diseases by the number of programs covering them, most first.</param>
/// <param name="EvidenceBySource">Evidence entries (on nodes and relationships) per source, most first.</param>
public sealed record Statistics(
    string? ContentHash,
    long Nodes,
    long Relationships,
    IReadOnlyDictionary<string, long> NodesByLabel,
    IReadOnlyDictionary<string, long> RelationshipsByType,
    IReadOnlyList<YearCount> ProgramsPerYear,
    IReadOnlyList<YearCount> EventsPerYear,
    IReadOnlyList<EntityCount> EventsPerCountry,
    IReadOnlyList<CoverageRank> HazardsByPrograms,
    IReadOnlyList<CoverageRank> DiseasesByPrograms,
    IReadOnlyList<EntityCount> EvidenceBySource);

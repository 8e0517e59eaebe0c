namespace KnowledgeGraph.Dataset;

/// <summary>What one dataset file holds, once read and checked on its own.</summary>
internal sealed class ParsedFile(string name)
{
    public string Name { get; } = name;

    /// <summary>False when the YAML could not be read: what the file defines is then unknown.</summary>
    public bool Readable { get; set; } = true;

    /// <summary>The file-level <c>source:</c>, the default source of plain-string quotes.</summary>
    public Located? Source { get; set; }

    /// <summary>Node entries with a valid id.</summary>
    public List<NodeEntry> Nodes { get; } = [];

    /// <summary>Relationship entries with from, type and to given; emptied once merged (<see cref="DropRelationships"/>).</summary>
    public List<RelationshipEntry> Relationships { get; private set; } = [];

    /// <summary>
    /// Every evidence item read in the file, including those of entries rejected for other reasons; emptied once
    /// checked (<see cref="DropEvidence"/>).
    /// </summary>
    public List<EvidenceEntry> Evidence { get; private set; } = [];

    /// <summary>
    /// Gives back the room the lists grew into: every file's entries are held until all are read, and a list that
    /// has just doubled would hold up to twice their room for the whole of that time.
    /// </summary>
    public void TrimExcess()
    {
        Nodes.TrimExcess();
        Relationships.TrimExcess();
        Evidence.TrimExcess();
    }

    /// <summary>Lets the entries go once merged, so a large dataset does not hold them and the merged graph at once.</summary>
    public void DropRelationships() => Relationships = [];

    /// <summary>Lets the evidence items go once checked, for the same reason.</summary>
    public void DropEvidence() => Evidence = [];
}

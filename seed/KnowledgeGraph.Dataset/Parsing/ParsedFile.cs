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

    /// <summary>Relationship entries with from, type and to given.</summary>
    public List<RelationshipEntry> Relationships { get; } = [];

    /// <summary>Every evidence item read in the file, including those of entries rejected for other reasons.</summary>
    public List<EvidenceEntry> Evidence { get; } = [];
}

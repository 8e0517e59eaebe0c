namespace KnowledgeGraph.Api;

/// <summary>How the host seeds its store at start-up (configuration section <c>Seed</c>).</summary>
public sealed class SeedOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Seed";

    /// <summary>Seed (or re-seed when the dataset changed) at start-up. On by default.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>A directory of dataset YAML files to use instead of the dataset built into the application.</summary>
    public string? DataDirectory { get; set; }

    /// <summary>
    /// Re-seed even when curators have written since the last import, replacing their changes (which stay in the
    /// audit). Off by default: a changed dataset then waits until their changes are exported into it.
    /// </summary>
    public bool ReplaceCuratorChanges { get; set; }
}

namespace KnowledgeGraph.Api;

/// <summary>How curator writes are checked (configuration section <c>Curation</c>).</summary>
public sealed class CurationOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Curation";

    /// <summary>
    /// The source documents that quotes are checked against verbatim; when empty, the first <c>shared/corpus</c>
    /// found above the working or application directory. Without one, quotes are checked for everything but being verbatim, as the loader does.
    /// </summary>
    public string? CorpusDirectory { get; set; }
}

namespace KnowledgeGraph.Store.Sqlite;

/// <summary>Where the embedded store keeps its file (configuration section <c>Store:Sqlite</c>).</summary>
public sealed class SqliteStoreOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Store:Sqlite";

    /// <summary>
    /// The database file. Relative paths are resolved against the current directory. The default is in the
    /// user's local application data, so the graph survives restarts and never lands in the source tree.
    /// </summary>
    public string Path { get; set; } = DefaultPath;

    /// <summary>
    /// From how many indexed entities search first counts the name and alias matches, to rank only those when no
    /// mention can reach them. Below it, ranking every match is cheaper than the extra count.
    /// </summary>
    public long SearchBoundedRankingFrom { get; set; } = 5_000;

    /// <summary>
    /// How much of the file read sessions map into memory (MiB; 0, the default, turns it off). Mapped pages are the
    /// operating system's file cache shared by every session, where each session's own page cache is small and read
    /// through system calls: on a 100k-node graph filtered pages answer 2–3× faster. Off by default because every
    /// session maps the file and resident memory counts the shared pages once per session (1.6–1.9 GB on a
    /// 766 MB file), which makes a server's memory hard to read and to bound.
    /// </summary>
    public long ReadMapMiB { get; set; }

    /// <summary>
    /// The most page cache each read session may fill (MiB). SQLite's default, 2 MiB, is far less than a large
    /// graph's hot indexes, so every read would go back to the operating system for pages it read a moment ago.
    /// The cache fills only as pages are read, so a small graph never uses it all; the idle sessions kept
    /// (<c>8</c> on a 2-core machine) bound what the caches can hold together.
    /// </summary>
    public long ReadCacheMiB { get; set; } = 32;

    /// <summary>
    /// The most relationships the in-memory coverage index may hold (0 turns it off). Coverage then walks memory
    /// instead of a statement per level; the index is built again after every commit to the file, by the first
    /// coverage query that finds it out of date. It holds the programs' outlines too: the 100k-node graph's 461,009
    /// coverage relationships and 16,932 programs take 31 MiB. A graph with more walks the file, as with the index off.
    /// </summary>
    public int CoverageIndexMaxEdges { get; set; } = 2_000_000;

    /// <summary>The default database file: <c>&lt;local app data&gt;/knowledge-graph/graph.db</c>.</summary>
    public static string DefaultPath =>
        System.IO.Path.Combine(
            Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create) is { Length: > 0 } dir
                ? dir
                : System.IO.Path.GetTempPath(),
            "knowledge-graph",
            "graph.db");
}

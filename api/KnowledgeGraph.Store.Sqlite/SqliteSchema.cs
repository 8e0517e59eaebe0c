using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Store.Sqlite;

/// <summary>
/// The SQLite schema, derived from the ontology: one table of nodes with a column per property (so filters and
/// sorts are plain column comparisons that indexes can serve), one of relationships, and an FTS5 index.
/// </summary>
/// <remarks>
/// Each relationship index ends with the other end's id, so relationship filters walk a node's relationships to
/// their other ends from the index alone. They replaced narrower indexes under other names, which an older file
/// drops when it opens (its new indexes are then built once). A search row's rowid is its node's rowid, so
/// search joins nodes by rowid instead of reading a node id through FTS5.
/// </remarks>
internal static class SqliteSchema
{
    /// <summary>The schema version; bumped when the layout changes so old files are rebuilt.</summary>
    public const string Version = "3";

    /// <summary>Every property column (the union of the labels' own properties); at most 63, as a row's set ones are read as bits of one integer.</summary>
    public static readonly IReadOnlyList<string> PropertyColumns =
        Ontology.Labels.SelectMany(l => l.Properties).Select(p => p.Name).Distinct().Order(StringComparer.Ordinal).ToArray() is { Length: <= 63 } columns
            ? columns
            : throw new InvalidOperationException("More property columns than the bits of a row's set-column mask.");

    /// <summary>Columns a filter or sort may name: the common scalars and every property.</summary>
    public static readonly IReadOnlySet<string> FilterableColumns =
        new HashSet<string>(["id", "name", "description", .. PropertyColumns], StringComparer.Ordinal);

    /// <summary>The quoted column for a property.</summary>
    public static string Column(string property) =>
        FilterableColumns.Contains(property)
            ? "\"" + property + "\""
            : throw new GraphQueryException($"Unknown property '{property}'.");

    /// <summary>
    /// The secondary indexes of nodes and relationships, by name. An import that brings most of the rows drops them
    /// and builds them again afterwards (<see cref="CreateIndexStatements"/>): one sort per index instead of a
    /// random-order insert per row.
    /// </summary>
    public static readonly IReadOnlyList<(string Name, string Definition)> Indexes =
    [
        ("nodes_label_name", "nodes(label, name)"),
        ("nodes_label_start", "nodes(label, \"startDate\")"),
        ("nodes_label_kind", "nodes(label, \"kind\")"),
        ("nodes_label_category", "nodes(label, \"category\")"),
        ("rels_from_to", "rels(from_id, type, to_label, to_id)"),
        ("rels_to_from", "rels(to_id, type, from_label, from_id)"),
    ];

    /// <summary>Creates every index of <see cref="Indexes"/> that is missing.</summary>
    public static string CreateIndexStatements() =>
        string.Join("\n", Indexes.Select(i => $"CREATE INDEX IF NOT EXISTS {i.Name} ON {i.Definition};"));

    /// <summary>Drops every index of <see cref="Indexes"/>.</summary>
    public static string DropIndexStatements() => string.Join("\n", Indexes.Select(i => $"DROP INDEX IF EXISTS {i.Name};"));

    public static string CreateStatements() =>
        $"""
        CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS nodes (
          rowid INTEGER PRIMARY KEY,
          id TEXT NOT NULL UNIQUE,
          label TEXT NOT NULL,
          name TEXT NOT NULL,
          description TEXT,
          aliases TEXT NOT NULL,
          evidence TEXT NOT NULL,
          version INTEGER NOT NULL DEFAULT 1,
          {string.Join(",\n  ", PropertyColumns.Select(c => $"\"{c}\" TEXT"))}
        );
        CREATE TABLE IF NOT EXISTS rels (
          id TEXT PRIMARY KEY,
          type TEXT NOT NULL,
          from_id TEXT NOT NULL,
          to_id TEXT NOT NULL,
          from_label TEXT NOT NULL,
          to_label TEXT NOT NULL,
          props TEXT NOT NULL,
          evidence TEXT NOT NULL,
          version INTEGER NOT NULL DEFAULT 1
        ) WITHOUT ROWID;
        DROP INDEX IF EXISTS rels_from;
        DROP INDEX IF EXISTS rels_to;
        {CreateIndexStatements()}
        CREATE TABLE IF NOT EXISTS audit (
          seq INTEGER PRIMARY KEY AUTOINCREMENT,
          at TEXT NOT NULL,
          actor TEXT NOT NULL,
          operation TEXT NOT NULL,
          target_id TEXT NOT NULL,
          before TEXT,
          after TEXT
        );
        CREATE INDEX IF NOT EXISTS audit_target ON audit(target_id, seq);
        CREATE VIRTUAL TABLE IF NOT EXISTS search USING fts5(
          name, aliases, description, quotes,
          label UNINDEXED,
          tokenize = 'unicode61 remove_diacritics 2',
          prefix = '2 3'
        );
        """;
}

using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Store.Neo4j;

/// <summary>
/// The statements of curator writes and the audit. Each write first sets the target's own version to itself,
/// which takes Neo4j's write lock on it, so the version read afterwards cannot move before the commit.
/// </summary>
internal static class CypherWriteStatements
{
    private const string RelationshipProjection = CypherStatements.RelationshipProjection;

    /// <summary>Locks a node and returns it (no row when absent).</summary>
    public const string LockNode = "MATCH (n:Entity {id: $id}) SET n.version = coalesce(n.version, 1) RETURN " + CypherStatements.NodeProjection + " AS node";

    /// <summary>Locks a relationship and returns it (no row when absent).</summary>
    public static string LockRelationship(string type) =>
        $"MATCH (:Entity {{id: $from}})-[r:{CypherNames.RelationshipType(type)}]->(:Entity {{id: $to}}) SET r.version = coalesce(r.version, 1) RETURN {RelationshipProjection} AS rel";

    /// <summary>Locks both ends of a relationship to be created and returns their ids (two rows when both exist).</summary>
    public const string LockEnds = "MATCH (n:Entity) WHERE n.id IN [$from, $to] SET n.version = coalesce(n.version, 1) RETURN n.id AS id";

    /// <summary>Creates a node of one label (the uniqueness constraint refuses a duplicate id).</summary>
    public static string CreateNode(string label) => $"CREATE (n:Entity:{CypherNames.Label(label)}) SET n = $row, n.version = 1 RETURN n.id AS id";

    /// <summary>Replaces a node's properties (its labels stay).</summary>
    public const string UpdateNode = "MATCH (n:Entity {id: $id}) SET n = $row, n.version = $version RETURN n.id AS id";

    /// <summary>The relationships that a node's deletion takes with it.</summary>
    public const string Touching = $"MATCH (:Entity {{id: $id}})-[r]-() RETURN DISTINCT {RelationshipProjection} AS rel";

    /// <summary>How many nodes and relationships cite a source as evidence.</summary>
    public const string Citations =
        "CALL () { MATCH (x:Entity) WHERE $id IN x.evidenceSources RETURN count(x) AS c UNION ALL MATCH ()-[r]->() WHERE $id IN r.evidenceSources RETURN count(r) AS c } RETURN sum(c) AS citations";

    /// <summary>Deletes a node and its relationships.</summary>
    public const string DeleteNode = "MATCH (n:Entity {id: $id}) DETACH DELETE n";

    /// <summary>Creates a relationship between two existing nodes.</summary>
    public static string CreateRelationship(string type) =>
        $"MATCH (a:Entity {{id: $from}}), (b:Entity {{id: $to}}) CREATE (a)-[r:{CypherNames.RelationshipType(type)}]->(b) SET r = $props, r.version = 1 RETURN count(r) AS count";

    /// <summary>Replaces a relationship's properties.</summary>
    public static string UpdateRelationship(string type) =>
        $"MATCH (:Entity {{id: $from}})-[r:{CypherNames.RelationshipType(type)}]->(:Entity {{id: $to}}) SET r = $props, r.version = $version RETURN count(r) AS count";

    /// <summary>Deletes a relationship.</summary>
    public static string DeleteRelationship(string type) =>
        $"MATCH (:Entity {{id: $from}})-[r:{CypherNames.RelationshipType(type)}]->(:Entity {{id: $to}}) DELETE r";

    /// <summary>Appends an audit entry, numbered by a counter node (whose lock also orders concurrent writers).</summary>
    public const string Audit =
        "MERGE (c:AuditCounter {id: 'audit'}) ON CREATE SET c.seq = 0 SET c.seq = c.seq + 1 " +
        "CREATE (e:AuditEntry {seq: c.seq, at: $at, actor: $actor, operation: $operation, targetId: $targetId, before: $before, after: $after}) RETURN e.seq AS seq";

    /// <summary>The newest audit entries, optionally of one node (and its relationships) or relationship.</summary>
    public const string AuditEntries =
        "MATCH (e:AuditEntry) WHERE $target IS NULL OR e.targetId = $target OR e.targetId STARTS WITH $target + '|' OR e.targetId ENDS WITH '|' + $target " +
        "RETURN e {.*} AS entry ORDER BY e.seq DESC LIMIT $first";

    /// <summary>The number of the last audit entry (0 for none).</summary>
    public const string Revision = "OPTIONAL MATCH (c:AuditCounter {id: 'audit'}) RETURN coalesce(c.seq, 0) AS revision";

    /// <summary>The content hash and the revision in one round trip (the data version every cached request asks for).</summary>
    public const string DataVersion = "OPTIONAL MATCH (m:Meta {key: 'content_hash'}) OPTIONAL MATCH (c:AuditCounter {id: 'audit'}) RETURN m.value AS hash, coalesce(c.seq, 0) AS revision";

    /// <summary>Every statement a write can emit, with representative arguments, for the linter.</summary>
    public static IEnumerable<(string Name, string Text)> ForLint()
    {
        yield return ("LockNode", LockNode);
        yield return ("LockRelationship", LockRelationship("ADDRESSES"));
        yield return ("LockEnds", LockEnds);
        yield return ("CreateNode", CreateNode("Hazard"));
        yield return ("UpdateNode", UpdateNode);
        yield return ("Touching", Touching);
        yield return ("Citations", Citations);
        yield return ("DeleteNode", DeleteNode);
        yield return ("CreateRelationship", CreateRelationship("CAUSES"));
        yield return ("UpdateRelationship", UpdateRelationship("PARTICIPATES_IN"));
        yield return ("DeleteRelationship", DeleteRelationship("ATTENDED"));
        yield return ("Audit", Audit);
        yield return ("AuditEntries", AuditEntries);
        yield return ("Revision", Revision);
        yield return ("DataVersion", DataVersion);
    }
}

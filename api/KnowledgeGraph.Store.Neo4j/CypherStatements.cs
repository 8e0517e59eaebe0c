using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Store.Neo4j;

/// <summary>
/// Every Cypher statement the Neo4j store sends, in one place: fixed statements as constants, the others from
/// generator functions. Only ontology names (checked by <see cref="CypherNames"/>) and integers the store itself
/// bounds are ever written into the text; every value is a parameter. <see cref="Representative"/> enumerates one
/// statement of every shape, so the test suite can lint them all.
/// </summary>
public static class CypherStatements
{
    /// <summary>Rows per <c>UNWIND $rows</c> statement of an import.</summary>
    public const int BatchSize = 1000;

    /// <summary>The longest path <see cref="Paths"/> searches (variable-length bounds cannot be parameters).</summary>
    public const int MaxPathLength = 12;

    /// <summary>How a node is returned: every property plus its labels, as a plain map.</summary>
    internal const string NodeProjection = "n {.*, labels: labels(n)}";

    /// <summary>How a relationship is returned: its type, the ids of its ends and its properties, as a plain map.</summary>
    internal const string RelationshipProjection = "{type: type(r), from: startNode(r).id, to: endNode(r).id, props: properties(r)}";

    /// <summary>The readiness probe.</summary>
    public const string Ping = "RETURN 1 AS ok";

    /// <summary>Waits until the indexes of the schema are online (the full-text index is needed by search).</summary>
    public const string AwaitIndexes = "CALL db.awaitIndexes(300)";

    /// <summary>The content hash of the dataset last imported.</summary>
    public const string ContentHash = "MATCH (m:Meta {key: 'content_hash'}) RETURN m.value AS value";

    /// <summary>Stores the content hash (<c>$hash</c>) of the dataset imported.</summary>
    public const string SetContentHash = "MERGE (m:Meta {key: 'content_hash'}) SET m.value = $hash RETURN m.value AS value";

    /// <summary>Node counts per label.</summary>
    public const string LabelCounts =
        "MATCH (n:Entity) UNWIND labels(n) AS label WITH label WHERE label <> 'Entity' RETURN label AS key, count(*) AS count ORDER BY key";

    /// <summary>Relationship counts per type.</summary>
    public const string TypeCounts =
        "MATCH (:Entity)-[r]->(:Entity) RETURN type(r) AS key, count(*) AS count ORDER BY key";

    /// <summary>Evidence entries per source, on nodes and relationships.</summary>
    public const string EvidenceCounts = """
        CALL {
          MATCH (n:Entity) UNWIND coalesce(n.evidenceSources, []) AS source RETURN source
          UNION ALL
          MATCH (:Entity)-[r]->(:Entity) UNWIND coalesce(r.evidenceSources, []) AS source RETURN source
        }
        RETURN source AS key, count(*) AS count ORDER BY key
        """;

    /// <summary>Every node, by id.</summary>
    public const string AllNodes = "MATCH (n:Entity) WITH n ORDER BY n.id RETURN " + NodeProjection + " AS node";

    /// <summary>Every relationship between nodes of the graph, by relationship id.</summary>
    public const string AllRelationships =
        "MATCH (:Entity)-[r]->(:Entity) WITH r ORDER BY startNode(r).id + '|' + type(r) + '|' + endNode(r).id RETURN " + RelationshipProjection + " AS rel";

    /// <summary>The nodes with these ids (<c>$ids</c>), in one statement.</summary>
    public const string NodesById = "MATCH (n:Entity) WHERE n.id IN $ids RETURN " + NodeProjection + " AS node";

    /// <summary>Removes relationships (<c>$rows</c> of <c>{from, type, to}</c>) the dataset no longer has.</summary>
    public const string DeleteRelationships =
        "UNWIND $rows AS row MATCH (a:Entity {id: row.from})-[r]->(b:Entity {id: row.to}) WHERE type(r) = row.type DELETE r RETURN count(*) AS count";

    /// <summary>Removes nodes (<c>$ids</c>) the dataset no longer has, with their relationships.</summary>
    public const string DeleteNodes = "UNWIND $ids AS id MATCH (n:Entity {id: id}) DETACH DELETE n RETURN count(*) AS count";

    /// <summary>The text of graph-schema/schema.cypher (constraints and indexes), embedded in this assembly.</summary>
    public static string SchemaScript { get; } = ReadSchema();

    /// <summary>The statements of graph-schema/schema.cypher, in order.</summary>
    public static IReadOnlyList<string> Schema { get; } = SplitScript(SchemaScript);

    /// <summary>Splits a Cypher script into statements: comments dropped, statements end with a semicolon at the end of a line.</summary>
    public static IReadOnlyList<string> SplitScript(string script)
    {
        var statements = new List<string>();
        var current = new List<string>();
        foreach (var raw in script.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = raw.TrimEnd();
            if (line.TrimStart().StartsWith("//", StringComparison.Ordinal) || (line.Length == 0 && current.Count == 0))
            {
                continue;
            }

            if (line.EndsWith(';'))
            {
                current.Add(line[..^1]);
                statements.Add(string.Join("\n", current).Trim());
                current.Clear();
            }
            else
            {
                current.Add(line);
            }
        }

        if (current.Count > 0 && string.Join("\n", current).Trim() is { Length: > 0 } last)
        {
            statements.Add(last);
        }

        return statements;
    }

    /// <summary>The relationships touching any of <c>$ids</c>, optionally of one type (<c>$type</c>) and with one label at the other end (<c>$otherLabel</c>).</summary>
    public static CypherStatement Relationships(IReadOnlyCollection<string> ids, string? type, Direction direction, string? otherLabel)
    {
        var pattern = direction switch
        {
            Direction.Out => "(n)-[r]->(m:Entity)",
            Direction.In => "(n)<-[r]-(m:Entity)",
            _ => "(n)-[r]-(m:Entity)",
        };
        return new CypherStatement(
            $"UNWIND $ids AS id MATCH (n:Entity {{id: id}}) MATCH {pattern} " +
            "WHERE ($type IS NULL OR type(r) = $type) AND ($otherLabel IS NULL OR $otherLabel IN labels(m)) " +
            "WITH DISTINCT r WITH r ORDER BY startNode(r).id + '|' + type(r) + '|' + endNode(r).id " +
            $"RETURN {RelationshipProjection} AS rel",
            new Dictionary<string, object?>
            {
                ["ids"] = ids.Distinct(StringComparer.Ordinal).ToList(),
                ["type"] = type is null ? null : CypherNames.RelationshipType(type),
                ["otherLabel"] = otherLabel is null ? null : CypherNames.Label(otherLabel),
            });
    }

    /// <summary>
    /// One page of a label's nodes: filtered, beyond the cursors, in the order's direction (reversed when reading
    /// backwards), at most <paramref name="limit"/> rows.
    /// </summary>
    public static CypherStatement Page(string label, Filter? where, IReadOnlyList<SortKey> order, IReadOnlyList<string>? after, IReadOnlyList<string>? before, bool backwards, int limit)
    {
        var parameters = new CypherParameters();
        var predicate = Matching(label, where, parameters, out var match);
        if (after is not null)
        {
            predicate += " AND " + Beyond(order, after, before: false, parameters);
        }

        if (before is not null)
        {
            predicate += " AND " + Beyond(order, before, before: true, parameters);
        }

        var text = $"{match} WHERE {predicate} WITH n ORDER BY {OrderBy(order, backwards)} LIMIT {parameters.Set("limit", limit)} RETURN {NodeProjection} AS node";
        return new CypherStatement(text, parameters.Values);
    }

    /// <summary>Whether any matching node lies outside a cursor bound (at or before <c>after</c>, at or after <c>before</c>).</summary>
    public static CypherStatement Outside(string label, Filter? where, IReadOnlyList<SortKey> order, IReadOnlyList<string> cursor, bool isBefore)
    {
        var parameters = new CypherParameters();
        var predicate = Matching(label, where, parameters, out var match);
        var beyond = Beyond(order, cursor, isBefore, parameters);
        return new CypherStatement($"{match} WHERE {predicate} AND NOT {beyond} RETURN n.id AS id LIMIT 1", parameters.Values);
    }

    /// <summary>How many nodes of a label satisfy a filter.</summary>
    public static CypherStatement Count(string label, Filter? where)
    {
        var parameters = new CypherParameters();
        var predicate = Matching(label, where, parameters, out var match);
        return new CypherStatement($"{match} WHERE {predicate} RETURN count(n) AS count", parameters.Values);
    }

    /// <summary>The predicate of a filter alone (for tests and linting).</summary>
    public static CypherStatement Filter(string label, Filter where) => Count(label, where);

    /// <summary>
    /// Full-text search in the <c>entity_search</c> index with a Lucene query built from words only
    /// (<see cref="LuceneQuery"/>); an exact name or alias adds 200, a name or alias holding every word adds 100,
    /// so a name or alias match outranks a mention.
    /// </summary>
    public static CypherStatement Search(string luceneQuery, IReadOnlyList<string> words, string exact, IReadOnlyCollection<string>? labels, int first) =>
        new(
            """
            CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node, score
            WHERE $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels)
            WITH node, score
              + CASE WHEN toLower(node.name) = $exact OR any(a IN coalesce(node.aliases, []) WHERE toLower(a) = $exact) THEN 200.0 ELSE 0.0 END
              + CASE WHEN all(w IN $words WHERE toLower(node.name) CONTAINS w OR any(a IN coalesce(node.aliases, []) WHERE toLower(a) CONTAINS w)) THEN 100.0 ELSE 0.0 END AS rank
            RETURN node.id AS id, rank AS score, node.name AS name, coalesce(node.aliases, []) AS aliases,
                   node.description AS description, coalesce(node.evidenceQuotes, []) AS quotes
            ORDER BY score DESC, id
            LIMIT $first
            """,
            new Dictionary<string, object?>
            {
                ["query"] = luceneQuery,
                ["words"] = words,
                ["exact"] = exact,
                ["labels"] = labels is { Count: > 0 } ? labels.Select(CypherNames.Label).ToList() : null,
                ["first"] = first,
            });

    /// <summary>Every shortest path between two nodes in either direction, of at most <paramref name="maxLength"/> steps (bounded here, as the bound cannot be a parameter).</summary>
    public static CypherStatement Paths(string fromId, string toId, int maxLength, int limit)
    {
        var bound = Math.Clamp(maxLength, 1, MaxPathLength).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new CypherStatement(
            "MATCH (a:Entity {id: $from}) MATCH (b:Entity {id: $to}) " +
            $"MATCH p = allShortestPaths((a)-[*..{bound}]-(b)) " +
            "WITH p LIMIT $limit " +
            $"RETURN [x IN nodes(p) | x.id] AS nodes, [r IN relationships(p) | {RelationshipProjection}] AS rels",
            new Dictionary<string, object?> { ["from"] = fromId, ["to"] = toId, ["limit"] = limit });
    }

    /// <summary>
    /// Coverage in one statement: for each target (<c>$targets</c>), every program that ADDRESSES it, ADDRESSES a
    /// hazard that CAUSES it, has an event that COVERED either, or has a subprogram (PART_OF, any depth) that does;
    /// one explanation per program, the shortest, ties broken as the breadth-first <see cref="CoverageFinder"/>
    /// breaks them (smallest next node id, then relationship id, walking from the program); <c>$kind</c> filters programs at the end.
    /// </summary>
    public static CypherStatement Coverage(IReadOnlyCollection<string> targetIds, string? programKind) =>
        new(
            $$"""
            UNWIND $targets AS targetId
            MATCH (t:Entity {id: targetId})
            WHERE t:Disease OR t:Hazard
            OPTIONAL MATCH addressed = (:Program)-[:ADDRESSES]->(t)
            WITH t, collect(addressed) AS tails
            OPTIONAL MATCH caused = (:Program)-[:ADDRESSES]->(:Hazard)-[:CAUSES]->(t)
            WHERE t:Disease
            WITH t, tails, collect(caused) AS more
            WITH t, tails + more AS tails
            OPTIONAL MATCH covered = (:Program)<-[:PART_OF]-(:Event)-[:COVERED]->(t)
            WITH t, tails, collect(covered) AS more
            WITH t, tails + more AS tails
            OPTIONAL MATCH coveredCause = (:Program)<-[:PART_OF]-(:Event)-[:COVERED]->(:Hazard)-[:CAUSES]->(t)
            WHERE t:Disease
            WITH t, tails, collect(coveredCause) AS more
            WITH t, tails + more AS tails
            UNWIND tails AS tail
            WITH t, tail, nodes(tail)[0] AS q
            MATCH up = (program:Program)<-[:PART_OF*0..]-(q)
            WHERE all(x IN nodes(up) WHERE x:Program)
            WITH t, program, nodes(up) + nodes(tail)[1..] AS ns, relationships(up) + relationships(tail) AS rs
            WITH t, program, ns, rs, size(rs) AS len,
                 reduce(k = '', i IN range(0, size(rs) - 1) | k + ns[i + 1].id + ' ' + startNode(rs[i]).id + '|' + type(rs[i]) + '|' + endNode(rs[i]).id + ' ') AS key
            ORDER BY len, key
            WITH t, program, collect({ns: ns, rs: rs})[0] AS best
            WHERE $kind IS NULL OR program.kind = $kind
            RETURN t.id AS target, program.id AS program, program.name AS programName, [x IN best.ns | x.id] AS nodes,
                   [r IN best.rs | {{RelationshipProjection}}] AS rels
            """,
            new Dictionary<string, object?> { ["targets"] = targetIds.ToList(), ["kind"] = programKind });

    /// <summary>Creates or updates nodes of one label (<c>$rows</c>: their full property maps), merging on the <c>entity_id</c> constraint.</summary>
    public static CypherStatement UpsertNodes(string label, IReadOnlyList<IReadOnlyDictionary<string, object?>> rows) =>
        new(
            $"UNWIND $rows AS row MERGE (n:Entity {{id: row.id}}) WITH n, row, coalesce(n.version, 0) + 1 AS version SET n = row SET n.version = version SET n:{CypherNames.Label(label)} RETURN count(n) AS count",
            new Dictionary<string, object?> { ["rows"] = rows });

    /// <summary>Creates or updates relationships of one shape (<c>$rows</c> of <c>{from, to, props}</c>); the count tells whether both ends existed.</summary>
    public static CypherStatement UpsertRelationships(string type, string fromLabel, string toLabel, IReadOnlyList<IReadOnlyDictionary<string, object?>> rows) =>
        new(
            $"UNWIND $rows AS row MATCH (a:{CypherNames.Label(fromLabel)} {{id: row.from}}) MATCH (b:{CypherNames.Label(toLabel)} {{id: row.to}}) " +
            $"MERGE (a)-[r:{CypherNames.RelationshipType(type)}]->(b) WITH r, row, coalesce(r.version, 0) + 1 AS version SET r = row.props SET r.version = version RETURN count(r) AS count",
            new Dictionary<string, object?> { ["rows"] = rows });

    /// <summary>
    /// One statement of every shape the store emits, named: the fixed ones, each generator over every direction,
    /// label and relationship shape, and filter translations covering every operator, quantifier and null case.
    /// </summary>
    public static IEnumerable<(string Name, CypherStatement Statement)> Representative()
    {
        foreach (var (statement, i) in Schema.Select((s, i) => (s, i)))
        {
            yield return ($"schema[{i}]", new CypherStatement(statement));
        }

        yield return (nameof(AwaitIndexes), new CypherStatement(AwaitIndexes));
        yield return (nameof(Ping), new CypherStatement(Ping));
        yield return (nameof(ContentHash), new CypherStatement(ContentHash));
        yield return (nameof(SetContentHash), new CypherStatement(SetContentHash, new Dictionary<string, object?> { ["hash"] = "h" }));
        yield return (nameof(LabelCounts), new CypherStatement(LabelCounts));
        yield return (nameof(TypeCounts), new CypherStatement(TypeCounts));
        yield return (nameof(EvidenceCounts), new CypherStatement(EvidenceCounts));
        yield return (nameof(AllNodes), new CypherStatement(AllNodes));
        yield return (nameof(AllRelationships), new CypherStatement(AllRelationships));
        yield return (nameof(NodesById), new CypherStatement(NodesById, new Dictionary<string, object?> { ["ids"] = new[] { "hazard:dust" } }));
        yield return (nameof(DeleteRelationships), new CypherStatement(DeleteRelationships, new Dictionary<string, object?> { ["rows"] = Array.Empty<object>() }));
        yield return (nameof(DeleteNodes), new CypherStatement(DeleteNodes, new Dictionary<string, object?> { ["ids"] = Array.Empty<string>() }));

        foreach (var direction in Enum.GetValues<Direction>())
        {
            yield return ($"Relationships({direction})", Relationships(["program:x"], "PART_OF", direction, "Program"));
        }

        foreach (var label in Ontology.Labels)
        {
            yield return ($"UpsertNodes({label.Name})", UpsertNodes(label.Name, []));
        }

        foreach (var shape in Ontology.Relationships)
        {
            yield return ($"UpsertRelationships({shape.Type}, {shape.From}, {shape.To})", UpsertRelationships(shape.Type, shape.From, shape.To, []));
        }

        var order = new[] { new SortKey("startDate", Descending: true), new SortKey("name") };
        var cursor = new[] { "2013", "A", "program:a" };
        yield return ("Page(first)", Page("Program", null, order, null, null, backwards: false, 21));
        yield return ("Page(after, before)", Page("Program", null, order, cursor, cursor, backwards: false, 21));
        yield return ("Page(last)", Page("Program", null, [], null, ["program:a"], backwards: true, 3));
        yield return ("Outside(after)", Outside("Program", null, order, cursor, isBefore: false));
        yield return ("Outside(before)", Outside("Program", null, order, cursor, isBefore: true));
        yield return ("Count", Count("Program", null));

        foreach (var (name, filter) in RepresentativeFilters())
        {
            yield return ($"Filter({name})", Filter("Program", filter));
        }

        yield return ("Search", Search(LuceneQuery.Build("dust control")!, ["dust", "control"], "dust control", ["Hazard"], 20));
        yield return ("Search(any label)", Search(LuceneQuery.Build("x")!, ["x"], "x", null, 20));
        yield return ("Paths(1)", Paths("agency:dol", "disease:pneumoconiosis", 1, 5));
        yield return ("Paths(max)", Paths("agency:dol", "disease:pneumoconiosis", MaxPathLength, 5));
        yield return ("Coverage", Coverage(["disease:pneumoconiosis"], "DIALOGUE"));
    }

    private static IEnumerable<(string Name, Filter Filter)> RepresentativeFilters()
    {
        foreach (var op in Enum.GetValues<FilterOperator>())
        {
            var values = op is FilterOperator.In or FilterOperator.Nin ? new string?[] { "2013", null } : null;
            yield return ($"{op}", new PropertyFilter("startDate", op, "2013", values));
            yield return ($"{op} null", new PropertyFilter("startDate", op, null, op is FilterOperator.In or FilterOperator.Nin ? [] : null));
        }

        foreach (var quantifier in Enum.GetValues<Quantifier>())
        {
            yield return ($"aliases {quantifier}", new AliasesFilter(quantifier, new OrFilter([new PropertyFilter("value", FilterOperator.Contains, "x"), new AndFilter([])]), quantifier == Quantifier.Any ? false : null));
            foreach (var direction in new[] { Direction.Out, Direction.In })
            {
                var (type, other) = direction == Direction.Out ? ("ADDRESSES", "Hazard") : ("PARTICIPATES_IN", "Agency");
                yield return ($"{type} {direction} {quantifier}", new RelationFilter(type, direction, other, quantifier,
                    quantifier == Quantifier.Any ? null : new RelationFilter("CAUSES", Direction.Out, "Disease", Quantifier.Some, new PropertyFilter("name", FilterOperator.Eq, "x")),
                    quantifier == Quantifier.Any ? true : null));
            }
        }

        yield return ("and/or", new AndFilter([new OrFilter([]), new OrFilter([new PropertyFilter("kind", FilterOperator.Eq, "DIALOGUE"), new PropertyFilter("id", FilterOperator.Neq, "program:x")])]));
    }

    private static string Matching(string label, Filter? where, CypherParameters parameters, out string match)
    {
        match = $"MATCH (n:{CypherNames.Label(label)})";
        return new CypherFilterTranslator(parameters).Translate(where, "n");
    }

    private static string OrderBy(IReadOnlyList<SortKey> order, bool reverse) =>
        string.Join(", ", order
            .Select(k => $"coalesce(n.{CypherNames.Property(k.Property)}, '') {(k.Descending ^ reverse ? "DESC" : "ASC")}")
            .Append($"n.id {(reverse ? "DESC" : "ASC")}"));

    // "Row comes after the cursor" (or before it) in the ordering, missing values as '' and the id last, as Cursor encodes them.
    private static string Beyond(IReadOnlyList<SortKey> order, IReadOnlyList<string> cursor, bool before, CypherParameters parameters)
    {
        var keys = order.Select(k => $"coalesce(n.{CypherNames.Property(k.Property)}, '')").Append("n.id").ToList();
        var descending = order.Select(k => k.Descending).Append(false).ToList();
        var values = cursor.Select(v => parameters.Add(v)).ToList();
        var alternatives = new List<string>();
        for (var i = 0; i < keys.Count; i++)
        {
            var equalities = Enumerable.Range(0, i).Select(j => $"{keys[j]} = {values[j]}");
            var op = descending[i] ^ before ? "<" : ">";
            alternatives.Add("(" + string.Join(" AND ", equalities.Append($"{keys[i]} {op} {values[i]}")) + ")");
        }

        return "(" + string.Join(" OR ", alternatives) + ")";
    }

    private static string ReadSchema()
    {
        using var stream = typeof(CypherStatements).Assembly.GetManifestResourceStream("schema.cypher")
            ?? throw new InvalidOperationException("The embedded schema.cypher is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

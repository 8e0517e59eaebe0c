using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Store.Sqlite;

/// <summary>
/// The relationships the coverage search walks (ADDRESSES, COVERED and CAUSES by their end; PART_OF to a program by
/// its start) and every program's outline, held in memory for one state of the file. A hub disease's search reads thousands of them over a
/// dozen statements and thousands of index seeks; from memory it takes a fraction of a millisecond. It answers the
/// same <see cref="CoverageEdgeLoader"/> calls as the statements, so the search, its order and its paths are those
/// of <see cref="CoverageFinder"/> either way.
/// </summary>
internal sealed class SqliteCoverageIndex
{
    private readonly Dictionary<string, Edge[]> _intoTarget;
    private readonly Dictionary<string, Edge[]> _upToProgram;
    private readonly Dictionary<string, GraphNode> _programs;

    private SqliteCoverageIndex(Dictionary<string, Edge[]> intoTarget, Dictionary<string, Edge[]> upToProgram, Dictionary<string, GraphNode> programs)
    {
        _intoTarget = intoTarget;
        _upToProgram = upToProgram;
        _programs = programs;
    }

    /// <summary>One level of the search, as <see cref="CoverageEdgeLoader"/> describes it.</summary>
    public Task<IReadOnlyList<CoverageEdge>> LoadAsync(IReadOnlyCollection<string> inbound, IReadOnlyCollection<string> upward, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var into = Find(_intoTarget, inbound);
        var up = Find(_upToProgram, upward);
        var edges = new CoverageEdge[into.Sum(e => e.Length) + up.Sum(e => e.Length)];
        var at = 0;
        foreach (var found in into.Concat(up))
        {
            foreach (var edge in found)
            {
                edges[at++] = new CoverageEdge(edge.Type, edge.From, edge.To);
            }
        }

        return Task.FromResult<IReadOnlyList<CoverageEdge>>(edges);
    }

    /// <summary>The outlines (<see cref="GraphNode.IsOutline"/>) of these programs, as of the same state; unknown ids are left out.</summary>
    public Task<IReadOnlyList<GraphNode>> LoadProgramOutlinesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var outlines = new List<GraphNode>(ids.Count);
        foreach (var id in ids)
        {
            if (_programs.TryGetValue(id, out var program))
            {
                outlines.Add(program);
            }
        }

        return Task.FromResult<IReadOnlyList<GraphNode>>(outlines);
    }

    private static List<Edge[]> Find(Dictionary<string, Edge[]> index, IReadOnlyCollection<string> ids)
    {
        var found = new List<Edge[]>(ids.Count);
        foreach (var id in ids)
        {
            if (index.TryGetValue(id, out var edges))
            {
                found.Add(edges);
            }
        }

        return found;
    }

    private readonly record struct Edge(string Type, string From, string To);

    /// <summary>Collects the relationships and programs of the build's statements, then freezes them into an index.</summary>
    public sealed class Builder
    {
        // Ends repeat across thousands of relationships: one string per node id keeps the index small.
        private readonly Dictionary<string, string> _ids = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<Edge>> _into = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<Edge>> _up = new(StringComparer.Ordinal);
        private readonly Dictionary<string, GraphNode> _programs = new(StringComparer.Ordinal);

        /// <summary>How many relationships were added.</summary>
        public int Count { get; private set; }

        /// <summary>Adds one relationship.</summary>
        public void Add(string type, string from, string to)
        {
            var edge = new Edge(TypeOf(type), Intern(from), Intern(to));
            var (map, key) = edge.Type == "PART_OF" ? (_up, edge.From) : (_into, edge.To);
            if (!map.TryGetValue(key, out var list))
            {
                map[key] = list = new List<Edge>(2);
            }

            list.Add(edge);
            Count++;
        }

        /// <summary>Adds a program's outline: coverage orders and filters by its name and kind, and a request that
        /// selects no long text answers from it.</summary>
        public void AddProgram(GraphNode outline) => _programs[outline.Id] = outline with { Id = Intern(outline.Id) };

        /// <summary>The index of what was added.</summary>
        public SqliteCoverageIndex Build() => new(Freeze(_into), Freeze(_up), _programs);

        private string Intern(string id)
        {
            if (_ids.TryGetValue(id, out var known))
            {
                return known;
            }

            _ids[id] = id;
            return id;
        }

        private static string TypeOf(string type) => type switch
        {
            "ADDRESSES" => "ADDRESSES",
            "COVERED" => "COVERED",
            "CAUSES" => "CAUSES",
            "PART_OF" => "PART_OF",
            _ => type,
        };

        private static Dictionary<string, Edge[]> Freeze(Dictionary<string, List<Edge>> map)
        {
            var frozen = new Dictionary<string, Edge[]>(map.Count, StringComparer.Ordinal);
            foreach (var (key, list) in map)
            {
                frozen[key] = [.. list];
            }

            return frozen;
        }
    }
}

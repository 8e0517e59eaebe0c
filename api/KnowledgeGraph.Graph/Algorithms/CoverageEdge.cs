namespace KnowledgeGraph.Graph;

/// <summary>
/// A relationship as the coverage search needs it: its type and ends, without properties or evidence, which only
/// the relationships on the chosen paths need. Its id is made from them only when asked for (a hub's search
/// touches thousands of relationships and keeps a few per program).
/// </summary>
/// <param name="Type">The relationship type.</param>
/// <param name="From">The start node's id.</param>
/// <param name="To">The end node's id.</param>
public readonly record struct CoverageEdge(string Type, string From, string To)
{
    /// <summary>Orders edges as their ids (<see cref="GraphRelationship.IdOf"/>) compare ordinally, without making them.</summary>
    public static readonly Comparison<CoverageEdge> ById = static (a, b) => CompareIds(a, b);

    /// <summary>The relationship's id (<see cref="GraphRelationship.IdOf"/>), made on each call.</summary>
    public string Id => GraphRelationship.IdOf(From, Type, To);

    private static int CompareIds(in CoverageEdge a, in CoverageEdge b)
    {
        int partA = 0, atA = 0, partB = 0, atB = 0;
        while (true)
        {
            var x = Next(a, ref partA, ref atA);
            var y = Next(b, ref partB, ref atB);
            if (x != y)
            {
                // -1 is the end of an id: a prefix sorts first, as in string.CompareOrdinal.
                return x < y ? -1 : 1;
            }

            if (x < 0)
            {
                return 0;
            }
        }
    }

    // The next UTF-16 unit of From|Type|To, or -1 at its end.
    private static int Next(in CoverageEdge edge, ref int part, ref int at)
    {
        while (part < 5)
        {
            var text = part switch { 0 => edge.From, 2 => edge.Type, 4 => edge.To, _ => "|" };
            if (at < text.Length)
            {
                return text[at++];
            }

            part++;
            at = 0;
        }

        return -1;
    }
}

/// <summary>
/// One level of the coverage search: the ADDRESSES, COVERED and CAUSES relationships into <paramref name="inbound"/>
/// and the PART_OF relationships from <paramref name="upward"/> to programs (either list may be empty).
/// </summary>
public delegate Task<IReadOnlyList<CoverageEdge>> CoverageEdgeLoader(
    IReadOnlyCollection<string> inbound,
    IReadOnlyCollection<string> upward,
    CancellationToken cancellationToken);

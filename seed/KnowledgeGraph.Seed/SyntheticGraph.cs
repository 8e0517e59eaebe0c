using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Seed;

/// <summary>
/// A synthetic graph shaped like a template (the curated graph): the same label mix, the same relationship
/// shapes in the same proportions, a skewed degree distribution and evidence with the template's item counts
/// and quote lengths. Quotes are sentences of synthetic source texts, so they can be checked verbatim.
/// The same template, size and seed always give the same graph.
/// </summary>
public sealed class SyntheticGraph
{
    /// <summary>How many synthetic source documents (and corpus texts) the graph cites.</summary>
    public const int SourceCount = 8;

    /// <summary>Country ids are <c>country:xx</c> with an ISO-like two-letter code, so there can be at most 26×26.</summary>
    private const int MaxCountries = 26 * 26;

    private const int SentencesPerSource = 4000;

    private static readonly string[] Words =
    [
        "worker", "safety", "dust", "silica", "mine", "coal", "inspection", "training", "hazard", "exposure",
        "ventilation", "noise", "chemical", "agreement", "dialogue", "ministry", "program", "seminar", "union",
        "employer", "health", "disease", "lung", "factory", "construction", "rescue", "standard", "regulation",
        "enforcement", "cooperation", "delegation", "occupational", "prevention", "asbestos", "benzene", "heat",
        "injury", "compensation", "survey", "workshop", "province", "county", "labour", "wage", "hour", "contract",
    ];

    private readonly Random _random;

    private SyntheticGraph(int seed) => _random = new Random(seed);

    /// <summary>The generated graph.</summary>
    public GraphDataset Dataset { get; private init; } = new([], []);

    /// <summary>The synthetic source texts by corpus file name; every quote is a sentence of its source's text.</summary>
    public IReadOnlyDictionary<string, string> SourceTexts { get; private init; } = new Dictionary<string, string>();

    /// <summary>Generates a graph of <paramref name="nodeCount"/> nodes shaped like <paramref name="template"/>.</summary>
    /// <param name="template">The graph whose proportions are copied.</param>
    /// <param name="nodeCount">How many nodes (at least 50).</param>
    /// <param name="relationshipCount">How many relationships; null keeps the template's relationships per node.</param>
    /// <param name="seed">The random seed.</param>
    public static SyntheticGraph Generate(GraphDataset template, int nodeCount, int? relationshipCount, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(nodeCount, 50);
        var generator = new SyntheticGraph(seed);
        var quoteLengths = template.Nodes.SelectMany(n => n.Evidence).Concat(template.Relationships.SelectMany(r => r.Evidence))
            .Select(e => e.Quote.Length).ToArray();
        var texts = generator.Texts(quoteLengths);
        var nodes = generator.Nodes(template, nodeCount, texts);
        var relationships = generator.Relationships(
            template, nodes, relationshipCount ?? (int)Math.Round((double)template.Relationships.Count * nodeCount / template.Nodes.Count), texts);
        return new SyntheticGraph(seed)
        {
            Dataset = new GraphDataset(nodes.SelectMany(n => n.Value).ToArray(), relationships),
            SourceTexts = texts.ToDictionary(t => t.File, t => string.Join(' ', t.Sentences)),
        };
    }

    private sealed record SourceText(string SourceId, string File, string[] Sentences);

    private List<SourceText> Texts(int[] quoteLengths)
    {
        var texts = new List<SourceText>();
        for (var s = 0; s < SourceCount; s++)
        {
            // Numbered sentences are distinct, so each quote is found where it was taken from.
            var sentences = new string[SentencesPerSource];
            for (var i = 0; i < sentences.Length; i++)
            {
                var target = Math.Clamp(quoteLengths[_random.Next(quoteLengths.Length)], 20, Evidence.MaxQuoteLength - 1);
                var sentence = new System.Text.StringBuilder($"Item {s}.{i}:");
                while (sentence.Length < target - 1)
                {
                    sentence.Append(' ').Append(Words[_random.Next(Words.Length)]);
                }

                var done = sentence.Append('.').ToString();
                sentences[i] = done.Length <= Evidence.MaxQuoteLength ? done : done[..Evidence.MaxQuoteLength];
            }

            texts.Add(new SourceText($"source:synthetic-{s:D2}", $"synthetic-{s:D2}.txt", sentences));
        }

        return texts;
    }

    private List<Evidence> EvidenceLike(IReadOnlyList<Evidence> template, List<SourceText> texts)
    {
        var count = Math.Max(1, template.Count);
        var evidence = new List<Evidence>(count);
        for (var i = 0; i < count; i++)
        {
            var text = texts[_random.Next(texts.Count)];
            var item = new Evidence(text.SourceId, text.Sentences[_random.Next(text.Sentences.Length)]);
            if (!evidence.Contains(item))
            {
                evidence.Add(item);
            }
        }

        return evidence;
    }

    private Dictionary<string, List<GraphNode>> Nodes(GraphDataset template, int nodeCount, List<SourceText> texts)
    {
        var byLabel = template.Nodes.Where(n => n.Label != "Source").GroupBy(n => n.Label).ToDictionary(g => g.Key, g => g.ToArray());
        var nonSource = nodeCount - SourceCount;
        var templateTotal = byLabel.Values.Sum(g => g.Length);

        // Largest-remainder shares of the template's label mix; countries beyond 26×26 become topics.
        var counts = byLabel.ToDictionary(g => g.Key, g => (int)Math.Floor((double)g.Value.Length * nonSource / templateTotal));
        foreach (var label in byLabel.Keys.OrderByDescending(l => ((double)byLabel[l].Length * nonSource / templateTotal) % 1).ThenBy(l => l, StringComparer.Ordinal)
                     .Take(nonSource - counts.Values.Sum()))
        {
            counts[label]++;
        }

        if (counts.GetValueOrDefault("Country") > MaxCountries)
        {
            counts["Topic"] = counts.GetValueOrDefault("Topic") + counts["Country"] - MaxCountries;
            counts["Country"] = MaxCountries;
        }

        var result = new Dictionary<string, List<GraphNode>>(StringComparer.Ordinal)
        {
            ["Source"] = texts.Select((t, i) => new GraphNode(
                t.SourceId, "Source", $"Synthetic source document {i}", "A generated document whose sentences are the quotes of the synthetic graph.", [],
                new Dictionary<string, string> { ["kind"] = "DOCUMENT", ["title"] = $"Synthetic document {i}", ["file"] = t.File },
                [new Evidence(t.SourceId, t.Sentences[0])])).ToList(),
        };
        foreach (var (label, count) in counts.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            var prefix = Ontology.Label(label)!.IdPrefix;
            var samples = byLabel.GetValueOrDefault(label) ?? byLabel["Topic"];
            var list = new List<GraphNode>(count);
            for (var i = 0; i < count; i++)
            {
                var sample = samples[_random.Next(samples.Length)];
                var properties = new Dictionary<string, string>(sample.Properties, StringComparer.Ordinal);
                string id;
                if (label == "Country")
                {
                    var code = $"{(char)('a' + (i / 26))}{(char)('a' + (i % 26))}";
                    id = $"country:{code}";
                    properties["code"] = code.ToUpperInvariant();
                }
                else
                {
                    id = $"{prefix}:synthetic-{i:D7}";
                }

                var name = $"{sample.Name} {i}";
                list.Add(new GraphNode(
                    id, label, name, sample.Description, sample.Aliases.Select(a => $"{a} {i}").Where(a => a != name).Distinct().ToArray(),
                    properties, EvidenceLike(sample.Evidence, texts)));
            }

            result[label] = list;
        }

        return result;
    }

    private List<GraphRelationship> Relationships(
        GraphDataset template, Dictionary<string, List<GraphNode>> nodes, int relationshipCount, List<SourceText> texts)
    {
        var labelOf = template.Nodes.ToDictionary(n => n.Id, n => n.Label);
        var shapes = template.Relationships
            .GroupBy(r => (r.Type, From: labelOf[r.From], To: labelOf[r.To]))
            .OrderBy(g => g.Key.Type, StringComparer.Ordinal).ThenBy(g => g.Key.From, StringComparer.Ordinal).ThenBy(g => g.Key.To, StringComparer.Ordinal)
            .ToArray();
        var relationships = new List<GraphRelationship>(relationshipCount);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var shape in shapes)
        {
            var definition = Ontology.Relationships.First(d => d.Type == shape.Key.Type && d.From == shape.Key.From && d.To == shape.Key.To);
            var from = nodes.GetValueOrDefault(shape.Key.From) ?? [];
            var to = nodes.GetValueOrDefault(shape.Key.To) ?? [];
            if (from.Count == 0 || to.Count == 0)
            {
                continue;
            }

            var target = (int)Math.Round((double)shape.Count() * relationshipCount / template.Relationships.Count);
            var samples = shape.ToArray();
            var sameLabel = shape.Key.From == shape.Key.To;
            if (definition.OutSingle)
            {
                target = Math.Min(target, sameLabel ? from.Count - 1 : from.Count);
            }

            // A start node with at most one such relationship is taken once each, in random order.
            var order = Enumerable.Range(sameLabel ? 1 : 0, sameLabel ? from.Count - 1 : from.Count).ToArray();
            _random.Shuffle(order);
            var next = 0;
            for (int made = 0, attempts = 0; made < target && next < order.Length && attempts < target * 20; attempts++)
            {
                // Ends drawn with a quadratic skew: a few hubs with many relationships, a long tail with one or two.
                var fromIndex = definition.OutSingle ? order[next++] : Skewed(from.Count);
                var toIndex = Skewed(to.Count);
                if (sameLabel)
                {
                    // Same-label relationships (PART_OF) point to an earlier node, so they never form a cycle.
                    if (fromIndex == 0)
                    {
                        continue;
                    }

                    toIndex %= fromIndex;
                }

                var sample = samples[_random.Next(samples.Length)];
                var relationship = new GraphRelationship(
                    shape.Key.Type, from[fromIndex].Id, to[toIndex].Id, sample.Properties, EvidenceLike(sample.Evidence, texts));
                if (ids.Add(relationship.Id))
                {
                    relationships.Add(relationship);
                    made++;
                }
            }
        }

        return relationships;
    }

    private int Skewed(int count)
    {
        var u = _random.NextDouble();
        return Math.Min(count - 1, (int)(count * u * u));
    }
}

using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Dataset;

/// <summary>Reads, validates and merges the dataset's files into one graph, reporting every error at once.</summary>
public static class DatasetLoader
{
    /// <summary>
    /// Parses and validates every file. The dataset is null when there is any error. When
    /// <paramref name="corpusDirectory"/> is null or absent, quotes are not checked against the source texts;
    /// everything else is.
    /// </summary>
    /// <param name="files">
    /// The files. A list is held whole; any other sequence (<see cref="DatasetFiles.EnumerateDirectory"/>) is read one
    /// file at a time, each text dropped once parsed and hashed, and must then come in name order.
    /// </param>
    /// <param name="corpusDirectory">The source documents quotes are checked against, or null.</param>
    public static DatasetLoadResult Load(IEnumerable<DatasetFile> files, string? corpusDirectory)
    {
        ArgumentNullException.ThrowIfNull(files);
        var errors = new ErrorList();
        var shared = new SharedValues();
        var hash = files is IReadOnlyList<DatasetFile> list ? DatasetFiles.ContentHash(list) : null;
        var hasher = hash is null ? new ContentHasher() : null;
        var names = new List<string>();
        var parsed = new List<ParsedFile>();

        // Files are parsed on the machine's cores while the next ones are read and hashed here; results and
        // errors are taken in file order, so they are what a file-by-file read gives. A few files in flight
        // bound the texts held at once.
        var inFlight = new Queue<Task<(ParsedFile File, ErrorList Errors)>>();
        foreach (var file in files)
        {
            names.Add(file.Name);
            hasher?.Add(file);
            inFlight.Enqueue(Task.Run(() =>
            {
                var fileErrors = new ErrorList();
                return (DatasetFileParser.Parse(file, fileErrors, shared), fileErrors);
            }));
            while (inFlight.Count > Environment.ProcessorCount)
            {
                Collect(inFlight.Dequeue(), parsed, errors);
            }
        }

        while (inFlight.Count > 0)
        {
            Collect(inFlight.Dequeue(), parsed, errors);
        }

        hash ??= hasher!.Hash();

        shared.Clear();

        // A file that is not even YAML may define anything, so "not defined anywhere" would be a guess.
        var everyFileRead = parsed.All(p => p.Readable);
        var nodes = NodeMerger.Merge(parsed, everyFileRead, errors);
        var relationships = RelationshipMerger.Merge(parsed, nodes, everyFileRead, errors);
        EvidenceChecker.Check(parsed, nodes, everyFileRead, new CorpusTexts(corpusDirectory), errors);
        if (errors.Count > 0)
        {
            return new DatasetLoadResult(null, errors.InFileOrder(names), hash);
        }

        // Each merged relationship is let go as soon as its graph relationship is built, so the two are never
        // both held for the whole graph.
        var graphRelationships = new GraphRelationship[relationships.Length];
        for (var i = 0; i < relationships.Length; i++)
        {
            graphRelationships[i] = relationships[i].ToGraphRelationship();
            relationships[i] = null!;
        }

        Array.Sort(graphRelationships, RelationshipOrder.Instance);
        var dataset = new GraphDataset(
            nodes.Values.Select(n => n.ToGraphNode()).OrderBy(n => n.Id, StringComparer.Ordinal).ToArray(),
            graphRelationships);
        return new DatasetLoadResult(dataset, [], hash);
    }

    private static void Collect(Task<(ParsedFile File, ErrorList Errors)> parsing, List<ParsedFile> parsed, ErrorList errors)
    {
        var (file, fileErrors) = parsing.GetAwaiter().GetResult();
        parsed.Add(file);
        errors.AddRange(fileErrors);
    }
}

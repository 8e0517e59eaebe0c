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
    public static DatasetLoadResult Load(IReadOnlyList<DatasetFile> files, string? corpusDirectory)
    {
        var errors = new ErrorList();
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        var parsed = files.Select(f => DatasetFileParser.Parse(f, errors, strings)).ToArray();

        // A file that is not even YAML may define anything, so "not defined anywhere" would be a guess.
        var everyFileRead = parsed.All(p => p.Readable);
        var nodes = NodeMerger.Merge(parsed, everyFileRead, errors);
        var relationships = RelationshipMerger.Merge(parsed, nodes, everyFileRead, errors);
        EvidenceChecker.Check(parsed, nodes, everyFileRead, new CorpusTexts(corpusDirectory), errors);

        var hash = DatasetFiles.ContentHash(files);
        if (errors.Count > 0)
        {
            return new DatasetLoadResult(null, errors.InFileOrder(files), hash);
        }

        var dataset = new GraphDataset(
            nodes.Values.Select(n => n.ToGraphNode()).OrderBy(n => n.Id, StringComparer.Ordinal).ToArray(),
            relationships.Values.Select(r => r.ToGraphRelationship()).OrderBy(r => r.Id, StringComparer.Ordinal).ToArray());
        return new DatasetLoadResult(dataset, [], hash);
    }
}

using KnowledgeGraph.Graph;
using YamlDotNet.Core;
using static KnowledgeGraph.Dataset.YamlNodes;

namespace KnowledgeGraph.Dataset;

/// <summary>
/// Reads one dataset file as a tree of YAML values (<see cref="YamlTreeReader"/>), which keeps every value's position, and checks
/// what can be judged within the file: keys, shapes, ids, property values, evidence form and duplicates.
/// Checks that need every file (merging, references, sources, quotes) come after.
/// </summary>
internal sealed partial class DatasetFileParser
{
    private static readonly string[] TopLevelKeys = ["source", "nodes", "relationships"];

    private readonly ParsedFile _file;
    private readonly ErrorList _errors;
    private readonly Dictionary<string, Location> _nodeIds = new(StringComparer.Ordinal);
    private readonly Dictionary<(string From, string Type, string To), Location> _relationshipIds = [];

    // Set when the file writes a `source:` at all, valid or not, so a bad one is reported once, not at every quote.
    private bool _fileSourceWritten;

    private readonly SharedValues _shared;

    private DatasetFileParser(string name, ErrorList errors, SharedValues shared)
    {
        _file = new ParsedFile(name);
        _errors = errors;
        _shared = shared;
    }

    /// <param name="file">The file.</param>
    /// <param name="errors">Where the file's errors go.</param>
    /// <param name="shared">Values shared with the other files' parsers, which may run at the same time.</param>
    public static ParsedFile Parse(DatasetFile file, ErrorList errors, SharedValues shared)
    {
        var fileErrors = new ErrorList();
        var parser = new DatasetFileParser(file.Name, fileErrors, shared);
        if (!parser.TryStream(file.Text))
        {
            // Whatever the streamed read found is dropped: the whole-tree read reports the file from the start.
            fileErrors = new ErrorList();
            parser = new DatasetFileParser(file.Name, fileErrors, shared);
            parser.Read(file.Text);
        }

        errors.AddRange(fileErrors);
        parser._file.TrimExcess();
        return parser._file;
    }

    private void Read(string text)
    {
        IReadOnlyList<YamlValue> documents;
        try
        {
            documents = YamlTreeReader.Read(text);
        }
        catch (YamlException e)
        {
            Error(Location.Of(_file.Name, e.Start), $"YAML syntax error: {e.Message}");
            _file.Readable = false;
            return;
        }

        if (documents.Count == 0)
        {
            return;
        }

        if (documents.Count > 1)
        {
            Error(At(documents[1]), "only one YAML document is allowed per file");
        }

        var root = documents[0];
        if (IsNull(root))
        {
            return;
        }

        if (root is not YamlMap map)
        {
            WrongShape(root, "the file", "a mapping of source, nodes and relationships");
            return;
        }

        // The file's source is read first whatever the key order: plain-string quotes anywhere depend on it.
        if (Child(map, "source") is { } source)
        {
            ReadFileSource(source);
        }

        foreach (var (keyNode, value) in map.Children)
        {
            ReadTopLevel(Key(keyNode), keyNode, value);
        }
    }

    // One top-level entry, whichever way the file is read: the items of nodes or relationships, or an unknown key.
    // The file's source is read before any entry, so it is skipped here.
    private void ReadTopLevel(string? key, YamlValue keyNode, YamlValue value)
    {
        switch (key)
        {
            case null or "source":
                break;
            case "nodes":
                foreach (var item in Sequence(value, "nodes") ?? [])
                {
                    ReadNode(item);
                }

                break;
            case "relationships":
                foreach (var item in Sequence(value, "relationships") ?? [])
                {
                    ReadRelationship(item);
                }

                break;
            case var other:
                Error(At(keyNode), $"unknown top-level key '{other}'; allowed: {string.Join(", ", TopLevelKeys)}");
                break;
        }
    }

    private void ReadFileSource(YamlValue node)
    {
        _fileSourceWritten = true;
        if (LocatedText(node, "source") is not { } source || CheckId(source, "source") is not { } label)
        {
            return;
        }

        if (label.IdPrefix != "source")
        {
            Error(source.At, $"source '{source.Value}' is not a source id (source:<slug>)");
            return;
        }

        _file.Source = source;
    }

    private Location At(YamlValue node) => Location.Of(_file.Name, node);

    private void Error(Location at, string message) => _errors.Add(at, message);

    private string Shared(string value) => _shared.String(value);
}

using System.Collections.Concurrent;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Dataset;

/// <summary>
/// One instance of each string and evidence item that repeats across facts and files, shared by the files' parsers
/// (which may run at the same time): ids, types, quotes and sources repeat, and in a large dataset many facts cite
/// the same quote, so each is held once.
/// </summary>
internal sealed class SharedValues
{
    // Many lock stripes: most values are new, so every parser adds (and locks) all the time, and with one stripe per
    // core the parsers kept waiting for each other.
    private static readonly int Stripes = 16 * Environment.ProcessorCount;

    private readonly ConcurrentDictionary<string, string> _strings = new(Stripes, 0, StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Evidence, Evidence> _evidence = new(Stripes, 0, EqualityComparer<Evidence>.Default);

    public string String(string value) => _strings.GetOrAdd(value, value);

    /// <summary>The evidence item for a (shared) source and quote.</summary>
    public Evidence Evidence(string source, string quote)
    {
        var item = new Evidence(source, quote);
        return _evidence.GetOrAdd(item, item);
    }

    /// <summary>Lets the tables go once every file is parsed; what they hold stays shared where it is used.</summary>
    public void Clear()
    {
        _strings.Clear();
        _evidence.Clear();
    }
}


namespace KnowledgeGraph.Dataset;

/// <summary>Collects every error; checks go on after one so a curator sees them all at once.</summary>
internal sealed class ErrorList
{
    private readonly List<DatasetError> _errors = [];

    public int Count => _errors.Count;

    public void Add(Location at, string message) => _errors.Add(new DatasetError(at.File, at.Line, at.Column, message));

    /// <summary>Another list's errors, after this one's.</summary>
    public void AddRange(ErrorList other) => _errors.AddRange(other._errors);

    /// <summary>The errors in the files' order, then by line and column (the order checks ran in is of no use to a reader).</summary>
    public IReadOnlyList<DatasetError> InFileOrder(IReadOnlyList<string> files)
    {
        var order = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            order.TryAdd(file, order.Count);
        }

        return _errors
            .OrderBy(e => order.GetValueOrDefault(e.File, int.MaxValue))
            .ThenBy(e => e.Line)
            .ThenBy(e => e.Column)
            .ToArray();
    }
}

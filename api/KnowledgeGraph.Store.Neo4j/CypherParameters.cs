namespace KnowledgeGraph.Store.Neo4j;

/// <summary>Collects the values of a statement under generated names (<c>$p0</c>, <c>$p1</c> ...), so no value is ever written into Cypher text.</summary>
internal sealed class CypherParameters
{
    private readonly Dictionary<string, object?> _values = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, object?> Values => _values;

    /// <summary>Adds a value and returns its reference, e.g. <c>$p3</c>.</summary>
    public string Add(object? value)
    {
        var name = "p" + _values.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _values[name] = value;
        return "$" + name;
    }

    /// <summary>Adds a value under a fixed name and returns its reference.</summary>
    public string Set(string name, object? value)
    {
        _values[name] = value;
        return "$" + name;
    }
}

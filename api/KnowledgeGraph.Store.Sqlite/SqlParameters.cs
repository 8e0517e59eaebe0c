using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Store.Sqlite;

/// <summary>Collects the parameters of one statement under generated names, so no value is ever spliced into SQL.</summary>
internal sealed class SqlParameters
{
    private readonly List<(string Name, object? Value)> _values = [];

    /// <summary>Adds a value and returns its placeholder.</summary>
    public string Add(object? value)
    {
        var name = "@p" + _values.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _values.Add((name, value));
        return name;
    }

    /// <summary>Copies the parameters onto a command.</summary>
    public void ApplyTo(SqliteCommand command)
    {
        foreach (var (name, value) in _values)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
    }
}

using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Store.Sqlite;

/// <summary>
/// One open, read-only connection with the statements it has prepared, lent to one store call at a time. Opening
/// a connection (functions, pragmas) and compiling SQL cost more than most of the graph's reads themselves, so a
/// statement is compiled once per connection and shape, and runs again with new parameter values.
/// </summary>
internal sealed class SqliteReadSession : IAsyncDisposable
{
    // Statements differ only by query shape (values are parameters), so a few dozen cover a busy server.
    private const int MaxStatements = 64;

    private readonly SqliteReadPool _pool;
    private readonly Dictionary<string, LinkedListNode<SqliteCommand>> _statements = new(StringComparer.Ordinal);
    private readonly LinkedList<SqliteCommand> _recent = new();

    public SqliteReadSession(SqliteReadPool pool, SqliteConnection connection)
    {
        _pool = pool;
        Connection = connection;
    }

    /// <summary>The open connection.</summary>
    public SqliteConnection Connection { get; }

    /// <summary>The prepared statement for this SQL, bound to these parameters; the session keeps it, so callers only dispose what it returns.</summary>
    public SqliteReadCommand Command(string sql, SqlParameters? parameters)
    {
        if (_statements.TryGetValue(sql, out var node))
        {
            _recent.Remove(node);
            _recent.AddFirst(node);
        }
        else
        {
            var command = Connection.CreateCommand();
            command.CommandText = sql;
            try
            {
                command.Prepare();
            }
            catch
            {
                command.Dispose();
                throw;
            }

            node = _recent.AddFirst(command);
            _statements[sql] = node;
            if (_statements.Count > MaxStatements)
            {
                var oldest = _recent.Last!;
                _recent.RemoveLast();
                _statements.Remove(oldest.Value.CommandText);
                oldest.Value.Dispose();
            }
        }

        var statement = node.Value;
        statement.Parameters.Clear();
        parameters?.ApplyTo(statement);
        return new SqliteReadCommand(statement);
    }

    /// <summary>Gives the session back to its pool.</summary>
    public ValueTask DisposeAsync()
    {
        _pool.Return(this);
        return ValueTask.CompletedTask;
    }

    /// <summary>Closes the connection and its statements for good.</summary>
    public void Close()
    {
        foreach (var command in _recent)
        {
            command.Dispose();
        }

        _recent.Clear();
        _statements.Clear();
        Connection.Dispose();
    }
}

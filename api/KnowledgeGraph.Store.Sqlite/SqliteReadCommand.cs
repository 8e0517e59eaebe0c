using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Store.Sqlite;

/// <summary>A session's prepared statement for one use: disposing it unbinds the values and keeps the statement.</summary>
internal readonly struct SqliteReadCommand(SqliteCommand command) : IAsyncDisposable
{
    /// <summary>Runs the statement and reads its rows.</summary>
    public Task<SqliteDataReader> ExecuteReaderAsync(CancellationToken cancellationToken) => command.ExecuteReaderAsync(cancellationToken);

    /// <summary>Runs the statement and returns the first column of its first row.</summary>
    public Task<object?> ExecuteScalarAsync(CancellationToken cancellationToken) => command.ExecuteScalarAsync(cancellationToken);

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        command.Parameters.Clear();
        return ValueTask.CompletedTask;
    }
}

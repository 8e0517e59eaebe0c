using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Store.Sqlite;

/// <summary>
/// The store's idle read sessions. A call takes one (or opens a new one when all are busy) and gives it back; at most
/// <see cref="MaxIdle"/> stay open. Each read statement runs in its own implicit transaction, so a session
/// held open still sees every import and write committed before the statement starts.
/// </summary>
internal sealed class SqliteReadPool(Func<CancellationToken, Task<SqliteConnection>> open, long mapBytes = 0, long cacheKiB = 2_000) : IDisposable
{
    // Last in, first out, so a quiet server keeps using the same few warm sessions; lock-free, as every read passes here.
    private readonly ConcurrentStack<SqliteReadSession> _idle = new();
    private int _idleCount;
    private int _open;
    private volatile bool _disposed;

    /// <summary>Sessions open now, idle or lent out (open file handles are no measure of it: SQLite keeps the handle
    /// of a closed connection while another connection of the process holds a lock on the file, and reuses it).</summary>
    public int OpenSessions => Volatile.Read(ref _open);

    /// <summary>How many idle sessions are kept: enough for the requests a small server runs at once.</summary>
    public static int MaxIdle { get; } = Math.Max(8, Environment.ProcessorCount * 4);

    /// <summary>An idle session, or a new one.</summary>
    public async Task<SqliteReadSession> RentAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_idle.TryPop(out var session))
        {
            Interlocked.Decrement(ref _idleCount);
            return session;
        }

        var connection = await open(cancellationToken).ConfigureAwait(false);
        try
        {
            using var readOnly = connection.CreateCommand();
            // A read path can never write, whatever SQL it builds.
            readOnly.CommandText = FormattableString.Invariant($"PRAGMA query_only = ON; PRAGMA mmap_size = {mapBytes};") +
                (cacheKiB > 0 ? FormattableString.Invariant($" PRAGMA cache_size = -{cacheKiB};") : string.Empty);
            await readOnly.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        Interlocked.Increment(ref _open);
        return new SqliteReadSession(this, connection);
    }

    /// <summary>Takes a session back, closing it when enough are idle or the store is gone.</summary>
    public void Return(SqliteReadSession session)
    {
        if (_disposed)
        {
            Close(session);
            return;
        }

        if (Interlocked.Increment(ref _idleCount) > MaxIdle)
        {
            Interlocked.Decrement(ref _idleCount);
            Close(session);
            return;
        }

        _idle.Push(session);
        // Disposed meanwhile: close what came back too late to be seen.
        if (_disposed)
        {
            Dispose();
        }
    }

    /// <summary>Closes every idle session; sessions still lent out close when they come back.</summary>
    public void Dispose()
    {
        _disposed = true;
        while (_idle.TryPop(out var session))
        {
            Close(session);
        }
    }

    private void Close(SqliteReadSession session)
    {
        session.Close();
        Interlocked.Decrement(ref _open);
    }
}

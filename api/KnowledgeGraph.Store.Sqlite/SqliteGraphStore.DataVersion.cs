using System.Globalization;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Store.Sqlite;

/// <summary>
/// The data version, asked on every cached request. SQLite's <c>PRAGMA data_version</c> on a connection of its own
/// changes whenever any other connection commits (this process's writers, or another process such as
/// <c>seed import</c>), so the hash and revision are read again only after a commit: otherwise the answer costs one
/// pragma, not two queries.
/// </summary>
public sealed partial class SqliteGraphStore
{
    private readonly Lock _watchLock = new();
    private SqliteConnection? _watch;
    private SqliteCommand? _watchCommand;
    private KnownVersion? _knownVersion;

    /// <inheritdoc />
    public async Task<string> GetDataVersionAsync(CancellationToken cancellationToken)
    {
        var stamp = ReadChangeStamp();
        if (_knownVersion is { } known && known.Stamp == stamp)
        {
            return known.Version;
        }

        // Read after the stamp: a commit in between makes the next stamp differ, so this answer is never kept too long.
        var hash = await GetContentHashAsync(cancellationToken).ConfigureAwait(false) ?? "empty";
        var revision = await GetRevisionAsync(cancellationToken).ConfigureAwait(false);
        var version = $"{hash}@{revision.ToString(CultureInfo.InvariantCulture)}";
        _knownVersion = new KnownVersion(stamp, version);
        return version;
    }

    private long ReadChangeStamp()
    {
        lock (_watchLock)
        {
            if (_watchCommand is null)
            {
                _watch = new SqliteConnection(_readConnectionString);
                _watch.Open();
                using (var readOnly = _watch.CreateCommand())
                {
                    readOnly.CommandText = "PRAGMA query_only = ON;";
                    readOnly.ExecuteNonQuery();
                }

                _watchCommand = _watch.CreateCommand();
                _watchCommand.CommandText = "PRAGMA data_version";
                _watchCommand.Prepare();
            }

            Interlocked.Increment(ref _statements);
            return Convert.ToInt64(_watchCommand.ExecuteScalar(), CultureInfo.InvariantCulture);
        }
    }

    private void CloseWatch()
    {
        lock (_watchLock)
        {
            _watchCommand?.Dispose();
            _watch?.Dispose();
            _watchCommand = null;
            _watch = null;
            _knownVersion = null;
            // Stamps start again on a new watch connection: what was built at an old one means nothing now.
            _coverageIndexState = null;
        }
    }

    private sealed record KnownVersion(long Stamp, string Version);
}

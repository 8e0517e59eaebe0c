using KnowledgeGraph.Graph;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Store.Sqlite;

/// <summary>
/// The embedded store: the whole graph in one SQLite file in WAL mode. Reads borrow an open read-only session
/// with its prepared statements; writes open a connection of their own. An import is one transaction, so a reader
/// sees the old graph or the new one, never a mix.
/// </summary>
public sealed partial class SqliteGraphStore : IGraphStore, IDisposable
{
    private readonly string _connectionString;
    private readonly string _readConnectionString;
    private readonly SqliteReadPool _reads;
    private readonly long _searchBoundedRankingFrom;
    private readonly long _readMapBytes;
    private readonly int _coverageIndexMaxEdges;
    private volatile SearchIndexSize? _searchIndexSize;

    /// <summary>Creates a store over the file named in the options (its directory is created if needed).</summary>
    public SqliteGraphStore(SqliteStoreOptions options)
    {
        var path = Path.GetFullPath(options.Path);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        FilePath = path;
        _searchBoundedRankingFrom = options.SearchBoundedRankingFrom;
        _readMapBytes = Math.Max(0, options.ReadMapMiB) * 1024 * 1024;
        _coverageIndexMaxEdges = Math.Max(0, options.CoverageIndexMaxEdges);
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 30,
        };
        _connectionString = builder.ToString();
        // Read sessions are pooled by the store itself and are read-only: closing one must really close it, never
        // hand its read-only connection to a writer through Microsoft.Data.Sqlite's pool.
        builder.Pooling = false;
        _readConnectionString = builder.ToString();
        _reads = new SqliteReadPool(ct => OpenConnectionAsync(_readConnectionString, ct), _readMapBytes, Math.Max(0, options.ReadCacheMiB) * 1024);
    }

    /// <summary>Closes the idle read sessions and the pooled write connections, releasing the file.</summary>
    public void Dispose()
    {
        _reads.Dispose();
        CloseWatch();
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }

    /// <summary>The database file.</summary>
    public string FilePath { get; }

    /// <summary>Counts statements executed, so tests can prove that reads are batched.</summary>
    public long StatementCount => Interlocked.Read(ref _statements);

    private long _statements;

    /// <summary>Read sessions open now, so tests can prove the pool keeps a bounded number.</summary>
    internal int OpenReadSessions => _reads.OpenSessions;

    // A read session from the pool; disposing it gives it back.
    private Task<SqliteReadSession> OpenAsync(CancellationToken cancellationToken) => _reads.RentAsync(cancellationToken);

    // A connection of its own, for transactions that write.
    private Task<SqliteConnection> OpenWriteAsync(CancellationToken cancellationToken) => OpenConnectionAsync(_connectionString, cancellationToken);

    private static async Task<SqliteConnection> OpenConnectionAsync(string connectionString, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        connection.CreateFunction("kg_fold", (string? s) => s is null ? null : FilterEvaluator.Fold(s), isDeterministic: true);
        connection.CreateFunction("kg_starts", (string? s, string? p) => s is not null && p is not null && s.StartsWith(p, StringComparison.Ordinal), isDeterministic: true);
        connection.CreateFunction("kg_ends", (string? s, string? p) => s is not null && p is not null && s.EndsWith(p, StringComparison.Ordinal), isDeterministic: true);
        using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA busy_timeout = 10000; PRAGMA synchronous = FULL; PRAGMA foreign_keys = OFF;";
        await pragma.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }

    private SqliteReadCommand Command(SqliteReadSession session, string sql, SqlParameters? parameters = null)
    {
        Interlocked.Increment(ref _statements);
        return session.Command(sql, parameters);
    }

    private SqliteCommand Command(SqliteConnection connection, string sql, SqlParameters? parameters = null, SqliteTransaction? transaction = null)
    {
        Interlocked.Increment(ref _statements);
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        parameters?.ApplyTo(command);
        return command;
    }

    /// <inheritdoc />
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenWriteAsync(cancellationToken).ConfigureAwait(false);
        await using (var wal = Command(connection, "PRAGMA journal_mode = WAL;"))
        {
            await wal.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        string? version = null;
        await using (var exists = Command(connection, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'", transaction: transaction))
        {
            if (Convert.ToInt64(await exists.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture) > 0)
            {
                await using var read = Command(connection, "SELECT value FROM meta WHERE key = 'schema_version'", transaction: transaction);
                version = await read.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
            }
        }

        if (version is not null && version != SqliteSchema.Version)
        {
            // An older layout: drop it; the host re-seeds because the content hash goes with it.
            await using var drop = Command(connection, "DROP TABLE IF EXISTS search; DROP TABLE IF EXISTS rels; DROP TABLE IF EXISTS nodes; DROP TABLE IF EXISTS meta;", transaction: transaction);
            await drop.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await using (var create = Command(connection, SqliteSchema.CreateStatements(), transaction: transaction))
        {
            await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        var parameters = new SqlParameters();
        await using (var meta = Command(connection, $"INSERT OR REPLACE INTO meta(key, value) VALUES ('schema_version', {parameters.Add(SqliteSchema.Version)})", parameters, transaction))
        {
            await meta.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<bool> PingAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var command = Command(connection, "SELECT count(*) FROM meta");
            await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (SqliteException)
        {
            return false;
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken) =>
        ReadNodesByIdAsync(ids, outline: false, cancellationToken);

    // Nodes without their description, aliases and evidence (GraphNode.IsOutline).
    private Task<IReadOnlyList<GraphNode>> GetNodeOutlinesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken) =>
        ReadNodesByIdAsync(ids, outline: true, cancellationToken);

    private async Task<IReadOnlyList<GraphNode>> ReadNodesByIdAsync(IReadOnlyCollection<string> ids, bool outline, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var parameters = new SqlParameters();
        var columns = outline ? SqliteRows.OutlineColumns : SqliteRows.NodeColumns;
        var sql = $"SELECT {columns} FROM nodes n WHERE n.id IN (SELECT value FROM json_each({parameters.Add(SqliteRows.Json(ids.Distinct().ToList()))}))";
        return await ReadRowsAsync(sql, parameters, r => SqliteRows.ReadNode(r, outline), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<GraphRelationship>> GetRelationshipsAsync(
        IReadOnlyCollection<string> nodeIds, string? type, Direction direction, string? otherLabel, CancellationToken cancellationToken)
    {
        if (nodeIds.Count == 0)
        {
            return [];
        }

        var parameters = new SqlParameters();
        var ids = parameters.Add(SqliteRows.Json(nodeIds.Distinct().ToList()));
        string Side(string here, string otherLabelColumn)
        {
            var where = $"r.{here} IN (SELECT value FROM json_each({ids}))";
            if (type is not null)
            {
                where += $" AND r.type = {parameters.Add(type)}";
            }

            if (otherLabel is not null)
            {
                where += $" AND r.{otherLabelColumn} = {parameters.Add(otherLabel)}";
            }

            return $"SELECT {SqliteRows.RelationshipColumns}, r.id FROM rels r WHERE {where}";
        }

        var sql = direction switch
        {
            Direction.Out => Side("from_id", "to_label"),
            Direction.In => Side("to_id", "from_label"),
            _ => $"{Side("from_id", "to_label")} UNION {Side("to_id", "from_label")}",
        } + " ORDER BY 6";

        return await ReadRowsAsync(sql, parameters, r => SqliteRows.ReadRelationship(r), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<long> CountNodesAsync(string label, Filter? where, CancellationToken cancellationToken)
    {
        var parameters = new SqlParameters();
        var predicate = new SqliteFilterTranslator(parameters, counting: true).Translate(where, "n");
        var sql = $"SELECT count(*) FROM nodes n WHERE n.label = {parameters.Add(RequireLabel(label))} AND {predicate}";
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, sql, parameters);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<GraphPath>> FindPathsAsync(string fromId, string toId, int maxLength, int first, CancellationToken cancellationToken) =>
        PathFinder.FindAsync(fromId, toId, maxLength, first, GetRelationshipsAsync, cancellationToken);

    private static string RequireLabel(string label) =>
        Ontology.Label(label)?.Name ?? throw new GraphQueryException($"Unknown label '{label}'.");

    private Task<List<GraphNode>> ReadNodesAsync(string sql, SqlParameters parameters, CancellationToken cancellationToken) =>
        ReadRowsAsync(sql, parameters, SqliteRows.ReadNode, cancellationToken);

    // Every row of one read statement, each made by read.
    private async Task<List<T>> ReadRowsAsync<T>(string sql, SqlParameters parameters, Func<SqliteDataReader, T> read, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var result = new List<T>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            result.Add(read(reader));
        }

        return result;
    }
}

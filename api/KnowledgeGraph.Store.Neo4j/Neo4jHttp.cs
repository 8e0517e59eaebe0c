using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Store.Neo4j;

/// <summary>
/// Neo4j's HTTP API: the Query API (<c>POST /db/{db}/query/v2</c>) for single statements and the transactional
/// endpoint (<c>/db/{db}/tx</c>) for multi-statement transactions. A response carrying <c>errors</c> is an error
/// whatever its status; <c>Neo.TransientError.*</c> is retried with backoff; a server that cannot be reached,
/// refuses the credentials or has no such database becomes a <see cref="StoreUnavailableException"/>.
/// </summary>
internal sealed partial class Neo4jHttp : IDisposable
{
    private static readonly TimeSpan[] Backoff = [TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(300), TimeSpan.FromMilliseconds(900), TimeSpan.FromMilliseconds(2000)];

    private readonly HttpClient _http;
    private readonly bool _ownsClient;
    private readonly string _database;
    private long _statements;

    public Neo4jHttp(Neo4jStoreOptions options, HttpClient? client = null)
    {
        _ownsClient = client is null;
        _http = client ?? new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2), ConnectTimeout = TimeSpan.FromSeconds(10) });
        _http.BaseAddress = options.HttpBaseAddress();
        _http.Timeout = options.RequestTimeout;
        _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (!string.IsNullOrEmpty(options.Password))
        {
            var token = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.User ?? "neo4j"}:{options.Password}"));
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", token);
        }

        _database = Uri.EscapeDataString(options.Database ?? "neo4j");
    }

    /// <summary>Statements sent so far (tests prove batching with it).</summary>
    public long StatementCount => Interlocked.Read(ref _statements);

    [GeneratedRegex(@"/tx/(?<id>[0-9]+)", RegexOptions.CultureInvariant)]
    private static partial Regex TransactionId();

    /// <summary>Runs one statement in its own transaction through the Query API, retrying transient errors.</summary>
    public async Task<Neo4jResult> RunAsync(CypherStatement statement, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                Interlocked.Increment(ref _statements);
                var body = new Dictionary<string, object?> { ["statement"] = statement.Text, ["parameters"] = statement.Parameters };
                using var response = await SendAsync(HttpMethod.Post, $"db/{_database}/query/v2", body, cancellationToken).ConfigureAwait(false);
                var json = await ReadAsync(response, cancellationToken).ConfigureAwait(false);
                ThrowOnErrors(json, response.StatusCode);
                return ReadQueryResult(json);
            }
            catch (Neo4jServerException e) when (e.IsTransient && attempt < Backoff.Length)
            {
                await Task.Delay(Backoff[attempt], cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Begins an explicit transaction on the transactional endpoint.</summary>
    public async Task<Neo4jTransaction> BeginAsync(CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Post, $"db/{_database}/tx", new Dictionary<string, object?> { ["statements"] = Array.Empty<object>() }, cancellationToken).ConfigureAwait(false);
        var json = await ReadAsync(response, cancellationToken).ConfigureAwait(false);
        ThrowOnErrors(json, response.StatusCode);
        var location = response.Headers.Location?.ToString()
            ?? (json.TryGetProperty("commit", out var commit) ? commit.GetString() : null)
            ?? throw new Neo4jServerException("Neo.DatabaseError.Transaction.TransactionStartFailed", "Neo4j did not say where the transaction lives.");
        var match = TransactionId().Match(location);
        if (!match.Success)
        {
            throw new Neo4jServerException("Neo.DatabaseError.Transaction.TransactionStartFailed", "Neo4j answered with an unexpected transaction address.");
        }

        // The transaction's address is rebuilt from our base address: the server may know itself under another host name.
        return new Neo4jTransaction(this, $"db/{_database}/tx/{match.Groups["id"].Value}");
    }

    /// <summary>Runs statements in an open transaction (one HTTP request) and returns their answers in order.</summary>
    internal async Task<IReadOnlyList<Neo4jResult>> RunInTransactionAsync(string path, IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken)
    {
        Interlocked.Add(ref _statements, statements.Count);
        var body = new Dictionary<string, object?>
        {
            ["statements"] = statements.Select(s => new Dictionary<string, object?> { ["statement"] = s.Text, ["parameters"] = s.Parameters }).ToList(),
        };
        using var response = await SendAsync(HttpMethod.Post, path, body, cancellationToken).ConfigureAwait(false);
        var json = await ReadAsync(response, cancellationToken).ConfigureAwait(false);
        ThrowOnErrors(json, response.StatusCode);
        return json.TryGetProperty("results", out var results) ? results.EnumerateArray().Select(ReadTransactionResult).ToList() : [];
    }

    /// <summary>Sends a request without a body (rollback) and checks the answer.</summary>
    internal async Task DeleteAsync(string path, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Delete, path, null, cancellationToken).ConfigureAwait(false);
        var json = await ReadAsync(response, cancellationToken).ConfigureAwait(false);
        ThrowOnErrors(json, response.StatusCode);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
        }

        try
        {
            return await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            throw new StoreUnavailableException($"Neo4j at {_http.BaseAddress} cannot be reached: {e.Message}", e);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new StoreUnavailableException($"Neo4j at {_http.BaseAddress} did not answer within {_http.Timeout.TotalSeconds:0} s.", e);
        }
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            throw new StoreUnavailableException($"Neo4j refused the credentials ({(int)response.StatusCode}); check Neo4j:User and Neo4j:Password.");
        }

        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(text))
        {
            if (!response.IsSuccessStatusCode)
            {
                throw Unavailable(response.StatusCode);
            }

            return JsonDocument.Parse("{}").RootElement.Clone();
        }

        try
        {
            return JsonDocument.Parse(text).RootElement.Clone();
        }
        catch (JsonException) when (!response.IsSuccessStatusCode)
        {
            throw Unavailable(response.StatusCode);
        }
    }

    private static StoreUnavailableException Unavailable(HttpStatusCode status) =>
        new($"Neo4j answered HTTP {(int)status} without a Neo4j error; is Neo4j:Uri the server's HTTP address (port 7474)?");

    // A response with errors is an error, even with status 200 (the transactional endpoint reports them so).
    private static void ThrowOnErrors(JsonElement json, HttpStatusCode status)
    {
        if (json.ValueKind == JsonValueKind.Object && json.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0)
        {
            var first = errors[0];
            var code = first.TryGetProperty("code", out var c) ? c.GetString() ?? string.Empty : string.Empty;
            var message = first.TryGetProperty("message", out var m) ? m.GetString() ?? string.Empty : string.Empty;
            if (code.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal) || code == "Neo.ClientError.Database.DatabaseNotFound")
            {
                throw new StoreUnavailableException($"Neo4j refused the request: {code}.");
            }

            throw new Neo4jServerException(code, message);
        }

        if ((int)status >= 500)
        {
            throw Unavailable(status);
        }

        if ((int)status >= 400)
        {
            throw new Neo4jServerException("Neo.ClientError.Request.Invalid", $"Neo4j answered HTTP {(int)status}.");
        }
    }

    private static Neo4jResult ReadQueryResult(JsonElement json)
    {
        if (!json.TryGetProperty("data", out var data))
        {
            return new Neo4jResult([], []);
        }

        var fields = data.TryGetProperty("fields", out var f) ? f.EnumerateArray().Select(x => x.GetString() ?? string.Empty).ToList() : [];
        var rows = data.TryGetProperty("values", out var v) ? v.EnumerateArray().Select(r => r.EnumerateArray().ToArray()).ToList() : [];
        return new Neo4jResult(fields, rows);
    }

    private static Neo4jResult ReadTransactionResult(JsonElement result)
    {
        var fields = result.TryGetProperty("columns", out var c) ? c.EnumerateArray().Select(x => x.GetString() ?? string.Empty).ToList() : [];
        var rows = result.TryGetProperty("data", out var d)
            ? d.EnumerateArray().Select(r => r.GetProperty("row").EnumerateArray().ToArray()).ToList()
            : [];
        return new Neo4jResult(fields, rows);
    }

    public void Dispose()
    {
        if (_ownsClient)
        {
            _http.Dispose();
        }
    }
}

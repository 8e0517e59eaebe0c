using System.Diagnostics;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Store.Sqlite;
using KnowledgeGraph.StoreWorker;
using Microsoft.Data.Sqlite;
using Xunit;
using Xunit.Abstractions;

namespace KnowledgeGraph.Tests;

/// <summary>
/// A child process importing or writing is killed with SIGKILL at random moments (fixed seeds); reopening the
/// store finds the old state or the new one, never a mix, and every write the child reported is there.
/// </summary>
public sealed class CrashSafetyTests(ITestOutputHelper output) : IDisposable
{
    private const int Rounds = 8;
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "kg-crash-" + Guid.NewGuid().ToString("N"));

    private string Database => Path.Combine(_directory, "graph.db");

    [Fact]
    public async Task A_killed_import_leaves_the_previous_dataset_or_the_next_never_a_mix()
    {
        var states = new Dictionary<string, string>
        {
            ["A"] = Fingerprint(CrashDatasets.A()),
            ["B"] = Fingerprint(CrashDatasets.B()),
        };
        var random = new Random(5);
        var seen = new List<string>();

        for (var round = 0; round < Rounds; round++)
        {
            var printed = await RunAndKillAsync("import", TimeSpan.FromMilliseconds(random.Next(100, 3000)));
            var (dataset, hash) = await ReadBackAsync();
            var state = dataset.Nodes.Count == 0 ? "empty" : states.FirstOrDefault(s => s.Value == Fingerprint(dataset)).Key;
            seen.Add($"round {round}: {printed.Count(l => l.StartsWith("imported", StringComparison.Ordinal))} imports reported, store holds {state ?? "A MIX"}");

            // Exactly one whole dataset, recorded under its own content hash.
            Assert.NotNull(state);
            Assert.Equal(state == "empty" ? null : state, hash);
        }

        seen.ForEach(output.WriteLine);
    }

    [Fact]
    public async Task A_killed_writer_loses_no_reported_write_and_leaves_none_half_done()
    {
        var random = new Random(7);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        for (var round = 0; round < Rounds; round++)
        {
            var printed = await RunAndKillAsync("write", TimeSpan.FromMilliseconds(random.Next(100, 1500)));
            reported.UnionWith(printed.Where(l => l.StartsWith("wrote ", StringComparison.Ordinal)).Select(l => l["wrote ".Length..]));

            var (dataset, _) = await ReadBackAsync();
            var audited = await AuditedCreatesAsync();
            var nodes = dataset.Nodes.Where(n => n.Id.StartsWith("topic:crash-", StringComparison.Ordinal)).Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
            output.WriteLine($"round {round}: {reported.Count} writes reported so far, {nodes.Count} stored, {audited.Count} audited");

            Assert.Equal(audited.Order(), nodes.Order());
            Assert.Subset(nodes, reported);
        }
    }

    // Starts the worker on the shared database, lets it run, kills it (SIGKILL on Unix), returns what it printed.
    private async Task<List<string>> RunAndKillAsync(string mode, TimeSpan runFor)
    {
        Directory.CreateDirectory(_directory);
        var worker = Path.Combine(AppContext.BaseDirectory, "KnowledgeGraph.StoreWorker.dll");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(worker);
        start.ArgumentList.Add(mode);
        start.ArgumentList.Add(Database);
        using var process = Process.Start(start)!;
        var lines = new List<string>();
        var ready = new TaskCompletionSource();
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            lock (lines)
            {
                lines.Add(e.Data);
            }

            if (e.Data == "ready")
            {
                ready.TrySetResult();
            }
        };
        process.BeginOutputReadLine();
        var stderr = process.StandardError.ReadToEndAsync();
        if (await Task.WhenAny(ready.Task, Task.Delay(TimeSpan.FromSeconds(60))) != ready.Task)
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException("The worker did not start: " + await stderr);
        }

        await Task.Delay(runFor);
        if (process.HasExited)
        {
            throw new InvalidOperationException("The worker stopped by itself: " + await stderr);
        }

        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        lock (lines)
        {
            return [.. lines];
        }
    }

    private async Task<(GraphDataset Dataset, string? Hash)> ReadBackAsync()
    {
        SqliteConnection.ClearAllPools();
        await using (var connection = new SqliteConnection($"Data Source={Database}"))
        {
            await connection.OpenAsync();
            await using var check = connection.CreateCommand();
            check.CommandText = "PRAGMA integrity_check";
            Assert.Equal("ok", await check.ExecuteScalarAsync() as string);
        }

        var store = Open();
        return (await store.ExportAsync(CancellationToken.None), await store.GetContentHashAsync(CancellationToken.None));
    }

    // Read from the table itself: the store's audit query returns at most 1,000 entries.
    private async Task<HashSet<string>> AuditedCreatesAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={Database}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT target_id FROM audit WHERE operation = 'CreateNode'";
        await using var reader = await command.ExecuteReaderAsync();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    private SqliteGraphStore Open() => new(new SqliteStoreOptions { Path = Database });

    private static string Fingerprint(GraphDataset dataset) =>
        string.Join("\n", dataset.Nodes.OrderBy(n => n.Id, StringComparer.Ordinal).Select(n => n.Id + "=" + n.Name)
            .Concat(dataset.Relationships.Select(r => r.Id).Order(StringComparer.Ordinal)));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort.
        }
    }
}

using System.Collections.Concurrent;
using System.Diagnostics;
using KnowledgeGraph.Graph;
using Xunit;
using Xunit.Abstractions;

namespace KnowledgeGraph.Tests;

/// <summary>
/// 32 writers and 32 readers at once for a few seconds through the API: no lost update (every successful update
/// is one version step and one audit entry), no error but the CONFLICTs optimistic concurrency is made of, and
/// counts that add up.
/// </summary>
public sealed class ConcurrencyTests(ITestOutputHelper output)
{
    private const int Writers = 32;
    private const int Readers = 32;
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(4);

    [Fact]
    public async Task Parallel_writers_and_readers_lose_nothing()
    {
        await using var api = await ApiFactory.WithSample(CuratorClient.Keys(new() { ["Limits:RequestsPerMinute"] = "1000000" }));
        var stop = Stopwatch.StartNew();
        var unexpected = new ConcurrentQueue<string>();
        var updates = new int[Writers];
        var creates = new int[Writers];
        var conflicts = 0;
        var reads = 0;

        async Task Writer(int w)
        {
            var i = 0;
            while (stop.Elapsed < Duration)
            {
                // Everyone increments the same counter node: read its version, write the next one, retry on CONFLICT.
                var node = (await api.PostAsync("""{ hazard(id: "hazard:noise") { version } }""")).Data();
                var version = node.At("hazard.version").GetInt32();
                var update = await api.PostAsync(
                    "mutation($input: UpdateEntityInput!) { updateEntity(input: $input) { version } }",
                    new { input = new { id = "hazard:noise", expectedVersion = version, description = $"writer {w} step {i}" } },
                    apiKey: CuratorClient.CuratorKey);
                var codes = update.TryGetProperty("errors", out _) ? update.ErrorCodes() : [];
                if (codes.Count == 0)
                {
                    Assert.Equal(version + 1, update.Data().At("updateEntity.version").GetInt32());
                    updates[w]++;
                }
                else if (codes is ["CONFLICT"])
                {
                    Interlocked.Increment(ref conflicts);
                }
                else
                {
                    unexpected.Enqueue(update.ToString());
                }

                // And each creates its own topics, which nobody else touches.
                var create = await api.PostAsync(
                    "mutation($input: CreateEntityInput!) { createEntity(input: $input) { id } }",
                    new { input = new { id = $"topic:w{w}-{i}", name = $"Topic {w}/{i}", evidence = new[] { new { source = SampleGraph.Source, quote = "q" } } } },
                    apiKey: CuratorClient.CuratorKey);
                if (create.TryGetProperty("errors", out _))
                {
                    unexpected.Enqueue(create.ToString());
                }
                else
                {
                    creates[w]++;
                }

                i++;
            }
        }

        async Task Reader()
        {
            while (stop.Elapsed < Duration)
            {
                var response = await api.PostAsync("{ topics { totalCount nodes { id } } hazard(id: \"hazard:noise\") { version description } search(text: \"topic\") { entity { id } } }");
                if (response.TryGetProperty("errors", out _))
                {
                    unexpected.Enqueue(response.ToString());
                }

                Interlocked.Increment(ref reads);
            }
        }

        await Task.WhenAll(Enumerable.Range(0, Writers).Select(w => Task.Run(() => Writer(w))).Concat(Enumerable.Range(0, Readers).Select(_ => Task.Run(Reader))));

        var noise = (await api.Store.GetNodesAsync(["hazard:noise"], CancellationToken.None)).Single();
        var audit = await api.Store.GetAuditAsync("hazard:noise", 1000, CancellationToken.None);
        var revision = await api.Store.GetRevisionAsync(CancellationToken.None);
        var topics = await api.Store.CountNodesAsync("Topic", null, CancellationToken.None);
        output.WriteLine($"{updates.Sum()} updates, {conflicts} conflicts retried, {creates.Sum()} creates, {reads} reads in {Duration.TotalSeconds} s");

        Assert.Empty(unexpected);
        Assert.True(updates.Sum() > 0 && creates.Sum() > 0 && reads > 0);
        Assert.Equal(1 + updates.Sum(), noise.Version);
        Assert.Equal(updates.Sum(), audit.Count(a => a.Operation == "UpdateNode" && a.TargetId == "hazard:noise"));
        Assert.Equal(1 + creates.Sum(), topics);
        // One audit entry per write, after the sample's import: nothing written twice, nothing unrecorded.
        Assert.Equal(1 + updates.Sum() + creates.Sum(), revision);
    }
}

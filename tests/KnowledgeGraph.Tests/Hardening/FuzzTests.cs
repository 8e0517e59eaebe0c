using System.Net;
using System.Text;
using KnowledgeGraph.Graph;
using Xunit;
using Xunit.Abstractions;

namespace KnowledgeGraph.Tests;

/// <summary>
/// Thousands of hostile requests (a fixed seed, so a failure reproduces): never a 5xx, never a stack trace or
/// exception text in a body, every error with a code, and the store exactly as it was.
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output)
{
    private const int Requests = 3_000;

    [Fact]
    public async Task Hostile_requests_never_get_a_5xx_or_a_trace_and_change_nothing()
    {
        await using var api = await ApiFactory.WithSample(new Dictionary<string, string?> { ["Limits:RequestsPerMinute"] = "1000000" });
        using var client = api.CreateClient();
        var before = await Snapshot(api.Store);
        var fuzzer = new RequestFuzzer(seed: 20261123);
        var statuses = new Dictionary<int, int>();
        var failures = new List<string>();

        for (var i = 0; i < Requests; i++)
        {
            var (body, contentType) = fuzzer.Next();
            using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, contentType) };
            request.Headers.TryAddWithoutValidation("Accept", i % 2 == 0 ? "application/graphql-response+json" : "application/json");
            using var response = await client.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            var status = (int)response.StatusCode;
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            if (status >= 500 || text.Contains("   at ", StringComparison.Ordinal) || text.Contains("Exception", StringComparison.Ordinal)
                || (text.Contains("\"errors\"", StringComparison.Ordinal) && !text.Contains("\"code\"", StringComparison.Ordinal)))
            {
                failures.Add($"#{i} {status}: {Shorten(body)} -> {Shorten(text)}");
            }
        }

        output.WriteLine($"{Requests} requests; statuses: {string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key} ×{s.Value}"))}");
        failures.Take(20).ToList().ForEach(output.WriteLine);
        Assert.Empty(failures);
        Assert.Equal(before, await Snapshot(api.Store));
    }

    [Fact]
    public async Task Hostile_REST_requests_get_problem_details_never_a_5xx()
    {
        await using var api = await ApiFactory.WithSample(new Dictionary<string, string?> { ["Limits:RequestsPerMinute"] = "1000000" });
        using var client = api.CreateClient();
        var before = await Snapshot(api.Store);
        var fuzzer = new RequestFuzzer(seed: 1123);
        var failures = new List<string>();
        var statuses = new Dictionary<int, int>();

        for (var i = 0; i < 1_000; i++)
        {
            var url = fuzzer.NextUrl();
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            var text = await response.Content.ReadAsStringAsync();
            var status = (int)response.StatusCode;
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            if (status >= 500 || text.Contains("   at ", StringComparison.Ordinal) || text.Contains("Exception", StringComparison.Ordinal)
                || (status >= 400 && response.Content.Headers.ContentType?.MediaType != "application/problem+json"))
            {
                failures.Add($"#{i} {status} {Shorten(url)} -> {Shorten(text)}");
            }
        }

        output.WriteLine($"1000 REST requests; statuses: {string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key} ×{s.Value}"))}");
        failures.Take(20).ToList().ForEach(output.WriteLine);
        Assert.Empty(failures);
        Assert.Equal(before, await Snapshot(api.Store));
    }

    // Everything a request could have changed: every node and relationship with its version, and the audit's length.
    private static async Task<string> Snapshot(IGraphStore store)
    {
        var all = await store.ExportAsync(CancellationToken.None);
        return string.Join("\n", all.Nodes.Select(AuditJson.Of).Concat(all.Relationships.Select(AuditJson.Of)))
            + "\nrevision " + await store.GetRevisionAsync(CancellationToken.None);
    }

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..200] + "…";
}

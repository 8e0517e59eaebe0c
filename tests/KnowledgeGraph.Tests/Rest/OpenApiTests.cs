using System.Net;
using System.Text.Json;
using Xunit;
using Xunit.Abstractions;

namespace KnowledgeGraph.Tests;

/// <summary>
/// The OpenAPI document at <c>/swagger/v1/swagger.json</c>: it matches graph-schema/openapi.json, names, describes
/// and tags every operation, gives examples, and lints with zero errors under <c>@redocly/cli</c>.
/// </summary>
public sealed class OpenApiTests(GraphQLSampleFixture fixture, ITestOutputHelper output) : IClassFixture<GraphQLSampleFixture>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    private HttpClient Client { get; } = fixture.Api.CreateClient();

    [Fact]
    public async Task The_served_document_matches_the_committed_snapshot()
    {
        var path = RepositoryPaths.Of("graph-schema", "openapi.json");
        var served = (await Client.GetStringAsync(new Uri("/swagger/v1/swagger.json", UriKind.Relative))).ReplaceLineEndings("\n").TrimEnd() + "\n";
        if (RepositoryPaths.UpdateSnapshots)
        {
            File.WriteAllText(path, served);
        }

        var committed = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : string.Empty;
        Assert.True(
            committed == served,
            "The OpenAPI document changed. Review the change, then update graph-schema/openapi.json with: " +
            "UPDATE_SNAPSHOTS=1 dotnet test --filter The_served_document_matches_the_committed_snapshot");
    }

    [Fact]
    public async Task Every_operation_has_an_id_summary_description_tag_and_a_success_schema_with_an_example()
    {
        var document = await DocumentAsync();
        var operations = Operations(document).ToList();
        Assert.True(operations.Count >= 19, $"only {operations.Count} operations");
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (path, method, operation) in operations)
        {
            var where = $"{method.ToUpperInvariant()} {path}";
            Assert.True(path.StartsWith("/api/v1", StringComparison.Ordinal), where);
            var id = operation.GetProperty("operationId").GetString()!;
            Assert.True(ids.Add(id), $"{where}: operationId {id} is used twice");
            Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("summary").GetString()), where);
            Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("description").GetString()), where);
            Assert.True(operation.GetProperty("tags").GetArrayLength() > 0, where);
            if (method != "get")
            {
                // Curator writes: only for the curator role, and refused on a stale version.
                Assert.True(operation.GetProperty("tags").EnumerateArray().Any(t => t.GetString() == "Curation"), where);
                foreach (var status in new[] { "401", "403", "409" })
                {
                    Assert.True(operation.GetProperty("responses").TryGetProperty(status, out _), $"{where}: no {status}");
                }

                continue;
            }

            var ok = operation.GetProperty("responses").GetProperty("200");
            var content = ok.GetProperty("content").EnumerateObject().First();
            Assert.True(content.Value.TryGetProperty("schema", out _), $"{where}: no response schema");
            if (content.Name == "application/json")
            {
                Assert.True(content.Value.TryGetProperty("example", out _), $"{where}: no response example");
            }

            Assert.True(ok.GetProperty("headers").TryGetProperty("ETag", out _), $"{where}: no ETag header");
            Assert.True(operation.GetProperty("responses").TryGetProperty("304", out _), $"{where}: no 304");
            foreach (var parameter in operation.TryGetProperty("parameters", out var ps) ? ps.EnumerateArray() : default)
            {
                Assert.False(string.IsNullOrWhiteSpace(parameter.GetProperty("description").GetString()), $"{where}: parameter {parameter.GetProperty("name")} has no description");
            }
        }

        Assert.Contains("listHazards", ids);
        Assert.Contains("getStatistics", ids);
        Assert.Contains("exportGraph", ids);
    }

    [Fact]
    public async Task Problem_responses_are_documented_as_problem_json()
    {
        var document = await DocumentAsync();
        var get = Operations(document).Single(o => o.Path == "/api/v1/entities/{id}" && o.Method == "get").Operation;
        var notFound = get.GetProperty("responses").GetProperty("404").GetProperty("content").GetProperty("application/problem+json");
        Assert.True(notFound.TryGetProperty("schema", out _));
        Assert.Equal("NOT_FOUND", notFound.GetProperty("example").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Swagger_UI_is_served_at_swagger()
    {
        using var response = await Client.GetAsync(new Uri("/swagger/index.html", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("swagger-ui", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var root = await fixture.Api.CreateClient(new() { AllowAutoRedirect = false }).GetAsync(new Uri("/swagger", UriKind.Relative));
        Assert.True(root.StatusCode is HttpStatusCode.OK or HttpStatusCode.MovedPermanently or HttpStatusCode.Redirect, $"/swagger: {(int)root.StatusCode}");
    }

    [NodeFact("@redocly/cli")]
    public async Task Redocly_lints_the_document_with_zero_errors()
    {
        var file = Path.Combine(Path.GetTempPath(), $"kg-openapi-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, await Client.GetStringAsync(new Uri("/swagger/v1/swagger.json", UriKind.Relative)));
        try
        {
            var (exitCode, stdout, stderr) = await NodeScript.RunAsync(Timeout, "openapi-lint.mjs", file);
            output.WriteLine(stdout);
            Assert.True(stdout.TrimStart().StartsWith('{'), $"The linter printed no report (exit {exitCode}): {stderr}");
            var report = JsonDocument.Parse(stdout).RootElement;
            output.WriteLine($"redocly lint: {report.GetProperty("errors").GetInt32()} errors, {report.GetProperty("warnings").GetInt32()} warnings");
            Assert.True(report.GetProperty("errors").GetInt32() == 0, "redocly errors: " + report.GetProperty("problems"));
            Assert.Equal(0, exitCode);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private async Task<JsonElement> DocumentAsync() =>
        JsonDocument.Parse(await Client.GetStringAsync(new Uri("/swagger/v1/swagger.json", UriKind.Relative))).RootElement.Clone();

    private static IEnumerable<(string Path, string Method, JsonElement Operation)> Operations(JsonElement document) =>
        document.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Where(m => m.Name is not "parameters" and not "summary" and not "description").Select(m => (p.Name, m.Name, m.Value)));
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KnowledgeGraph.Dataset;
using Microsoft.AspNetCore.Hosting;
using Xunit;

namespace KnowledgeGraph.Tests;

/// <summary>The host creates and seeds its store on first start, answers health checks, and re-seeds only when the dataset changes.</summary>
public sealed class HostStartupTests
{
    [Fact]
    public async Task A_first_start_creates_and_seeds_the_store_and_reports_ready()
    {
        await using var api = new ApiFactory();
        using var client = api.CreateClient();

        var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        var live = await client.GetAsync(new Uri("/health/live", UriKind.Relative));
        var index = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1", UriKind.Relative));

        var dataset = DatasetLoader.Load(DatasetFiles.Embedded(), null).Dataset!;
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(dataset.Nodes.Count, index.GetProperty("nodes").GetInt32());
        Assert.Equal(dataset.Relationships.Count, index.GetProperty("relationships").GetInt32());
        Assert.True(File.Exists(api.DatabasePath));
    }

    [Fact]
    public async Task A_second_start_on_the_same_file_skips_the_import()
    {
        await using var first = new ApiFactory();
        _ = first.Server;
        var path = first.DatabasePath;

        await using var second = new ReusingFactory(path);
        _ = second.Server;

        // Start-up costs a handful of statements (schema, hash); an import costs hundreds.
        Assert.True(second.Store.StatementCount < 10, $"{second.Store.StatementCount} statements at start-up");
        Assert.Equal(
            (await first.Store.GetStatisticsAsync(CancellationToken.None)).NodeCount,
            (await second.Store.GetStatisticsAsync(CancellationToken.None)).NodeCount);
    }

    [Fact]
    public async Task A_changed_dataset_is_reseeded_and_an_invalid_one_stops_the_start_with_the_store_unchanged()
    {
        var data = Path.Combine(Path.GetTempPath(), "kg-host-data-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(data);
        foreach (var file in Directory.GetFiles(RepositoryPaths.Of("seed", "data"), "*.yaml"))
        {
            File.Copy(file, Path.Combine(data, Path.GetFileName(file)));
        }

        try
        {
            await using var first = new ApiFactory();
            _ = first.Server;
            var before = await first.Store.GetStatisticsAsync(CancellationToken.None);

            var reference = Path.Combine(data, "reference.yaml");
            var text = await File.ReadAllTextAsync(reference);
            await File.WriteAllTextAsync(reference, text[..text.IndexOf("  - from: hazard:musculoskeletal-strain", StringComparison.Ordinal)]);
            await using (var changed = new ReusingFactory(first.DatabasePath, data))
            {
                _ = changed.Server;
                var after = await changed.Store.GetStatisticsAsync(CancellationToken.None);
                Assert.Equal(before.RelationshipCount - 1, after.RelationshipCount);
            }

            await File.WriteAllTextAsync(reference, text.Replace("type: CAUSES", "type: CAUSED", StringComparison.Ordinal));
            await using var invalid = new ReusingFactory(first.DatabasePath, data);
            var error = Assert.ThrowsAny<Exception>(() => invalid.Server);
            Assert.Contains("nothing was imported", error.ToString(), StringComparison.Ordinal);
            Assert.Equal(before.RelationshipCount - 1, (await first.Store.GetStatisticsAsync(CancellationToken.None)).RelationshipCount);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    private sealed class ReusingFactory(string databasePath, string? dataDirectory = null) : ApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Store:Sqlite:Path", databasePath);
            if (dataDirectory is not null)
            {
                builder.UseSetting("Seed:DataDirectory", dataDirectory);
            }
        }
    }
}

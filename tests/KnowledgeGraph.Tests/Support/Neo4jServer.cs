using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Containers;
using KnowledgeGraph.Store.Neo4j;
using Xunit;

namespace KnowledgeGraph.Tests;

/// <summary>
/// The real Neo4j the Neo4j runs of the store suites use: the server named by <c>NEO4J_URI</c> (with
/// <c>NEO4J_USER</c>/<c>NEO4J_PASSWORD</c>/<c>NEO4J_DATABASE</c>) when set, else a <c>neo4j:5</c> container started
/// by Testcontainers when Docker is available. Without either, <see cref="OptionsOrSkipAsync"/> skips the test
/// and says why. Nothing stands in for Neo4j.
/// </summary>
internal static class Neo4jServer
{
    /// <summary>The test collection of every test using the server: they share one database, so they run one at a time.</summary>
    public const string Collection = "Neo4j server";

    private const string Image = "neo4j:5";
    private const string ContainerPassword = "kg-test-password";

    private static readonly Lazy<Task<(Neo4jStoreOptions? Options, string? Reason)>> Server = new(StartAsync);

    /// <summary>Where the server is, or a skip (with the reason) when there is none.</summary>
    public static async Task<Neo4jStoreOptions> OptionsOrSkipAsync()
    {
        var (options, reason) = await Server.Value.ConfigureAwait(false);
        Skip.If(options is null, reason);
        return new Neo4jStoreOptions { Uri = options!.Uri, User = options.User, Password = options.Password, Database = options.Database };
    }

    private static async Task<(Neo4jStoreOptions?, string?)> StartAsync()
    {
        if (Environment.GetEnvironmentVariable("NEO4J_URI") is { Length: > 0 })
        {
            return (new Neo4jStoreOptions().WithEnvironmentFallbacks(), null);
        }

        IContainer container;
        try
        {
            container = new ContainerBuilder(Image)
                .WithEnvironment("NEO4J_AUTH", "neo4j/" + ContainerPassword)
                .WithPortBinding(7474, assignRandomHostPort: true)
                .WithWaitStrategy(Wait.ForUnixContainer().UntilHttpRequestIsSucceeded(r => r.ForPort(7474).ForPath("/")))
                .Build();
        }
        catch (DockerUnavailableException e)
        {
            return (null, $"No Neo4j server: NEO4J_URI is not set and Docker is not available for Testcontainers ({FirstLine(e.Message)}).");
        }

        try
        {
            await container.StartAsync().ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return (null, $"No Neo4j server: NEO4J_URI is not set and the {Image} container did not start ({FirstLine(e.Message)}).");
        }

        // The container lives as long as the test run; Testcontainers' reaper removes it afterwards.
        var uri = new UriBuilder("http", container.Hostname, container.GetMappedPublicPort(7474)).Uri.ToString();
        return (new Neo4jStoreOptions { Uri = uri, User = "neo4j", Password = ContainerPassword, Database = "neo4j" }, null);
    }

    private static string FirstLine(string text) => text.Split('\n')[0].Trim();
}

/// <summary>Tests of the Neo4j server run one at a time.</summary>
[CollectionDefinition(Neo4jServer.Collection, DisableParallelization = true)]
public sealed class Neo4jServerCollection;

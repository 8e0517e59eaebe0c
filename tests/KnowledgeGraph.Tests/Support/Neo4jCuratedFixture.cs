using KnowledgeGraph.Dataset;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Store.Neo4j;
using Microsoft.AspNetCore.Hosting;
using Xunit;

namespace KnowledgeGraph.Tests;

/// <summary>
/// The API host with <c>Store:Kind=Neo4j</c> on the real Neo4j of <see cref="Neo4jServer"/>, seeded with the curated
/// dataset at start-up as in production; tests skip, with the reason, when there is no server.
/// </summary>
public sealed class Neo4jCuratedFixture : IAsyncLifetime, ICuratedHost
{
    private string? _skipReason;

    public ApiFactory Api { get; private set; } = null!;

    public GraphDataset Dataset { get; private set; } = null!;

    public InMemoryGraph Reference { get; private set; } = null!;

    public void SkipIfUnavailable() => Skip.If(_skipReason is not null, _skipReason);

    public async Task InitializeAsync()
    {
        var loaded = DatasetLoader.Load(DatasetFiles.Embedded(), corpusDirectory: null);
        Assert.True(loaded.IsValid, string.Join("\n", loaded.Errors));
        Dataset = loaded.Dataset!;
        Reference = new InMemoryGraph(Dataset);
        Neo4jStoreOptions options;
        try
        {
            options = await Neo4jServer.OptionsOrSkipAsync();
        }
        catch (SkipException e)
        {
            _skipReason = e.Message;
            return;
        }

        Api = new Neo4jApiFactory(options);
        _ = Api.Server; // start the host: it seeds Neo4j
    }

    public async Task DisposeAsync()
    {
        if (Api is not null)
        {
            await Api.DisposeAsync();
        }
    }

    private sealed class Neo4jApiFactory(Neo4jStoreOptions options) : ApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Store:Kind", "Neo4j");
            builder.UseSetting("Neo4j:Uri", options.Uri);
            builder.UseSetting("Neo4j:User", options.User);
            builder.UseSetting("Neo4j:Password", options.Password);
            builder.UseSetting("Neo4j:Database", options.Database);
        }
    }
}

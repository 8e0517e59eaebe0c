using KnowledgeGraph.Dataset;
using KnowledgeGraph.Graph;
using Xunit;

namespace KnowledgeGraph.Tests;

/// <summary>An API host holding the curated dataset, and the same dataset in memory, on one store or the other.</summary>
public interface ICuratedHost
{
    ApiFactory Api { get; }

    GraphDataset Dataset { get; }

    InMemoryGraph Reference { get; }

    /// <summary>Skips the calling test, with the reason, when the host's store cannot be had.</summary>
    void SkipIfUnavailable();
}

/// <summary>The API host seeded with the curated dataset, as <c>dotnet run</c> seeds it, and the same dataset in memory.</summary>
public sealed class CuratedFixture : IAsyncLifetime, ICuratedHost
{
    public void SkipIfUnavailable()
    {
    }

    public ApiFactory Api { get; private set; } = null!;

    public GraphDataset Dataset { get; private set; } = null!;

    public InMemoryGraph Reference { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var loaded = DatasetLoader.Load(DatasetFiles.Embedded(), corpusDirectory: null);
        Assert.True(loaded.IsValid, string.Join("\n", loaded.Errors));
        Dataset = loaded.Dataset!;
        Reference = new InMemoryGraph(Dataset);
        Api = new ApiFactory();
        _ = Api.Server; // start the host: it seeds the store
        await Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Api.DisposeAsync();
}

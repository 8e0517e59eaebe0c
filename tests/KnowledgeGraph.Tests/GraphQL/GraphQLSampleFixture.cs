using Xunit;

namespace KnowledgeGraph.Tests;

/// <summary>One API host over the sample graph, shared by a test class.</summary>
public sealed class GraphQLSampleFixture : IAsyncLifetime
{
    public ApiFactory Api { get; private set; } = null!;

    public async Task InitializeAsync() => Api = await ApiFactory.WithSample();

    public async Task DisposeAsync() => await Api.DisposeAsync();
}

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Tests;

/// <summary>
/// The API host for the HTTP tests, over a SQLite file of its own in a temporary directory. Seeding is off: these
/// tests ask only <c>__typename</c> and introspection, so they hold whatever state the dataset is in.
/// </summary>
public sealed class GraphQLHttpFactory : WebApplicationFactory<Program>
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "kg-http-" + Guid.NewGuid().ToString("N"));

    public GraphQLHttpFactory() => Directory.CreateDirectory(_directory);

    /// <summary>Starts the host on a real Kestrel port on the loopback address and returns the GraphQL endpoint's URL.</summary>
    public Uri StartKestrel()
    {
        UseKestrel(0);
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var address = addresses.FirstOrDefault() ?? throw new InvalidOperationException("Kestrel reported no address.");
        return new Uri(new Uri(address), "/graphql");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Store:Sqlite:Path", Path.Combine(_directory, "graph.db"));
        builder.UseSetting("Seed:Enabled", "false");

        // Per-request information logs would bury the test output; warnings and errors still show.
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: the OS cleans its temp directory.
        }
    }
}

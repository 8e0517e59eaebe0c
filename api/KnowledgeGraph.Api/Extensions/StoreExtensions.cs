using KnowledgeGraph.Graph;
using KnowledgeGraph.Store.Neo4j;
using KnowledgeGraph.Store.Sqlite;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api;

/// <summary>Registers the configured store (<c>Store:Kind</c>: <c>Sqlite</c>, the default, or <c>Neo4j</c>).</summary>
public static class StoreExtensions
{
    /// <summary>Binds the store options and registers <see cref="IGraphStore"/> as a singleton.</summary>
    public static IHostApplicationBuilder AddGraphStore(this IHostApplicationBuilder builder)
    {
        var kind = builder.Configuration["Store:Kind"] is { Length: > 0 } configured ? configured : "Sqlite";
        if (kind.Equals("Neo4j", StringComparison.OrdinalIgnoreCase))
        {
            // Neo4j:Uri, User, Password and Database come from configuration or the environment (Neo4j__Password,
            // or NEO4J_URI ... as fallbacks), never from a file in the repository.
            builder.Services.AddOptions<Neo4jStoreOptions>()
                .Bind(builder.Configuration.GetSection(Neo4jStoreOptions.Section))
                .PostConfigure(o => o.WithEnvironmentFallbacks());
            builder.Services.AddSingleton(sp => new Neo4jGraphStore(sp.GetRequiredService<IOptions<Neo4jStoreOptions>>().Value));
            builder.Services.AddSingleton<IGraphStore>(sp => sp.GetRequiredService<Neo4jGraphStore>());
            return builder;
        }

        if (!kind.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Store:Kind '{kind}' is not supported; use 'Sqlite' or 'Neo4j'.");
        }

        builder.Services.AddOptions<SqliteStoreOptions>()
            .Bind(builder.Configuration.GetSection(SqliteStoreOptions.Section))
            .PostConfigure(o => o.Path = string.IsNullOrWhiteSpace(o.Path) ? SqliteStoreOptions.DefaultPath : o.Path);
        builder.Services.AddSingleton(sp => new SqliteGraphStore(sp.GetRequiredService<IOptions<SqliteStoreOptions>>().Value));
        builder.Services.AddSingleton<IGraphStore>(sp => sp.GetRequiredService<SqliteGraphStore>());
        return builder;
    }
}

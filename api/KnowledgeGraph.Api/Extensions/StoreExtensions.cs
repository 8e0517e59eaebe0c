using KnowledgeGraph.Graph;
using KnowledgeGraph.Store.Sqlite;

namespace KnowledgeGraph.Api;

/// <summary>Registers the configured store (<c>Store:Kind</c>, default Sqlite).</summary>
public static class StoreExtensions
{
    /// <summary>Binds the store options and registers <see cref="IGraphStore"/> as a singleton.</summary>
    public static IHostApplicationBuilder AddGraphStore(this IHostApplicationBuilder builder)
    {
        var kind = builder.Configuration["Store:Kind"] ?? "Sqlite";
        if (!kind.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Store:Kind '{kind}' is not supported; use 'Sqlite'.");
        }

        builder.Services.AddOptions<SqliteStoreOptions>()
            .Bind(builder.Configuration.GetSection(SqliteStoreOptions.Section))
            .PostConfigure(o => o.Path = string.IsNullOrWhiteSpace(o.Path) ? SqliteStoreOptions.DefaultPath : o.Path);
        builder.Services.AddSingleton(sp => new SqliteGraphStore(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<SqliteStoreOptions>>().Value));
        builder.Services.AddSingleton<IGraphStore>(sp => sp.GetRequiredService<SqliteGraphStore>());
        return builder;
    }
}

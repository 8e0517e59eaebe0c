using GraphQL;
using GraphQL.Execution;

namespace KnowledgeGraph.Api;

/// <summary>Registers the GraphQL schema and executer.</summary>
public static class GraphQLExtensions
{
    /// <summary>Adds the schema, System.Text.Json serialization, per-request loaders and error codes.</summary>
    public static IHostApplicationBuilder AddGraphQLApi(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<GraphLoaders>();
        builder.Services.AddGraphQL(b => b
            .AddSchema<KnowledgeGraphSchema>()
            .AddSystemTextJson()
            .AddErrorInfoProvider<GraphErrorInfoProvider>()
            .AddUnhandledExceptionHandler(ctx =>
            {
                var logger = ctx.Context?.RequestServices?.GetService<ILoggerFactory>()?.CreateLogger("KnowledgeGraph.GraphQL");
                if (ctx.OriginalException is not KnowledgeGraph.Graph.GraphQueryException and not OperationCanceledException)
                {
                    logger?.LogError(ctx.OriginalException, "Unhandled error in a GraphQL request.");
                }
            }));
        return builder;
    }
}

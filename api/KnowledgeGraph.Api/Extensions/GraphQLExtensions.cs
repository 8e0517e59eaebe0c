using GraphQL;
using GraphQL.Execution;
using KnowledgeGraph.Graph;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api;

/// <summary>Registers the GraphQL schema and executer.</summary>
public static class GraphQLExtensions
{
    /// <summary>Adds the schema, System.Text.Json serialization, per-request loaders, error codes and query limits.</summary>
    public static IHostApplicationBuilder AddGraphQLApi(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<LimitsOptions>().Bind(builder.Configuration.GetSection(LimitsOptions.Section));
        builder.Services.AddOptions<DocumentCacheOptions>().Bind(builder.Configuration.GetSection(DocumentCacheOptions.Section));
        builder.Services.AddOptions<ResponseCacheOptions>().Bind(builder.Configuration.GetSection(ResponseCacheOptions.Section));
        builder.Services.AddSingleton<ResponseCache>();
        builder.Services.AddScoped<GraphLoaders>();
        builder.Services.AddGraphQL(b => b
            .AddSchema<KnowledgeGraphSchema>()
            .AddSystemTextJson()
            .AddErrorInfoProvider<GraphErrorInfoProvider>()
            // Not re-run on cached documents: the alias count depends on the text alone, and only documents that passed are cached.
            .AddValidationRule<AliasLimitRule>()
            .AddComplexityAnalyzer((options, services) => ConfigureCost(options, services.GetRequiredService<IOptions<LimitsOptions>>().Value))
            .ConfigureExecutionOptions(options => options.UserContext[GraphLoaders.Key] = options.RequestServices?.GetService<GraphLoaders>())
            .ConfigureExecution(ExecuteWithLimitsAsync)
            .ConfigureExecution<DocumentCache>()
            .AddUnhandledExceptionHandler(ctx =>
            {
                var logger = ctx.Context?.RequestServices?.GetService<ILoggerFactory>()?.CreateLogger("KnowledgeGraph.GraphQL");
                if (ctx.OriginalException is not GraphQueryException and not OperationCanceledException)
                {
                    logger?.LogError(ctx.OriginalException, "Unhandled error in a GraphQL request.");
                }
            }));
        return builder;
    }

    // Objects count 1 and scalars 0, multiplied by the page size of every list above them: the number of nodes
    // a query can return, as GitHub counts it. Depth and cost are checked here so the cost is known even when refused.
    private static void ConfigureCost(GraphQL.Validation.Complexity.ComplexityOptions options, LimitsOptions limits)
    {
        options.DefaultComplexityImpactDelegate = context => Impact(context, limits);
        options.ValidateComplexityDelegate = context =>
        {
            context.ValidationContext.UserContext[QueryCost.Key] = new QueryCost(Math.Round(context.TotalImpact), limits.MaxCost, context.MaxDepth);
            if (context.MaxDepth > limits.MaxDepth)
            {
                context.Error = new QueryTooComplexError($"The query is {context.MaxDepth} levels deep; at most {limits.MaxDepth} are allowed.");
            }
            else if (context.TotalImpact > limits.MaxCost)
            {
                context.Error = new QueryTooComplexError(
                    $"The query could return about {Math.Round(context.TotalImpact)} nodes; at most {limits.MaxCost} are allowed. Ask for smaller pages (first/last) or fewer nested lists.");
            }

            return Task.CompletedTask;
        };
    }

    // Paged fields (connections, search, paths) multiply what is below them by first/last; a connection's nodes
    // and edges are that page, so they count once more each; lists without paging weigh their estimated size.
    private static GraphQL.Validation.Complexity.FieldComplexityResult Impact(GraphQL.Validation.Complexity.FieldImpactContext context, LimitsOptions limits)
    {
        var field = context.FieldDefinition;
        var type = Unwrap(field.ResolvedType);
        var list = type is GraphQL.Types.ListGraphType l ? Unwrap(l.ResolvedType) : null;
        // Introspection (__schema, __type and every field of their __ types) is bounded by the schema, not the data:
        // it is free, so GraphiQL's full introspection query passes.
        if (type is GraphQL.Types.ScalarGraphType || list is GraphQL.Types.ScalarGraphType || field.Name.StartsWith("__", StringComparison.Ordinal)
            || context.ParentType.Name.StartsWith("__", StringComparison.Ordinal))
        {
            return new(0, 1);
        }

        if (field.Arguments?.Find("first") is not null)
        {
            var size = Math.Max(1, context.GetArgument<int?>("first") ?? context.GetArgument<int?>("last") ?? limits.DefaultPageSize);
            return new(list is null ? 1 : size, size);
        }

        if (list is null)
        {
            return new(1, 1);
        }

        if (context.ParentType.Name.EndsWith("Connection", StringComparison.Ordinal))
        {
            return new(1, 1);
        }

        var estimate = field.GetMetadata<int?>(CostEstimate.Key) ?? limits.ListEstimate;
        return new(estimate, estimate);
    }

    private static GraphQL.Types.IGraphType? Unwrap(GraphQL.Types.IGraphType? type) =>
        type is GraphQL.Types.NonNullGraphType nonNull ? nonNull.ResolvedType : type;

    // Cancels execution after the configured timeout (answering TIMEOUT) and reports the cost, as Shopify does.
    private static async Task<ExecutionResult> ExecuteWithLimitsAsync(ExecutionOptions options, GraphQL.DI.ExecutionDelegate next)
    {
        var limits = options.RequestServices?.GetService<IOptions<LimitsOptions>>()?.Value ?? new LimitsOptions();
        var aborted = options.CancellationToken;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        // A timer of zero would race a fast query; no time at all means cancelled before it starts.
        if (limits.ExecutionTimeoutSeconds <= 0)
        {
            await timeout.CancelAsync().ConfigureAwait(false);
        }
        else
        {
            timeout.CancelAfter(TimeSpan.FromSeconds(limits.ExecutionTimeoutSeconds));
        }
        options.CancellationToken = timeout.Token;

        ExecutionResult result;
        try
        {
            result = await next(options).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !aborted.IsCancellationRequested)
        {
            result = new ExecutionResult(new ExecutionError($"The request took longer than {limits.ExecutionTimeoutSeconds} s and was cancelled.") { Code = ErrorCodes.Timeout })
            {
                Executed = true,
            };
        }

        if (options.UserContext.TryGetValue(QueryCost.Key, out var value) && value is QueryCost cost)
        {
            result.Extensions ??= [];
            result.Extensions["cost"] = new Dictionary<string, object?> { ["requested"] = cost.Requested, ["limit"] = cost.Limit };
        }

        return result;
    }
}

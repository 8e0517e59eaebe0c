using GraphQL;
using GraphQL.Resolvers;

namespace KnowledgeGraph.Api;

/// <summary>Small helpers for building resolvers of run-time types.</summary>
public static class Resolvers
{
    /// <summary>A resolver from a function of the source object.</summary>
    public static IFieldResolver Of<TSource>(Func<TSource, object?> resolve) =>
        new FuncFieldResolver<object?>(ctx => resolve((TSource)ctx.Source!));

    /// <summary>A resolver from a function of the context.</summary>
    public static IFieldResolver Of(Func<IResolveFieldContext, object?> resolve) => new FuncFieldResolver<object?>(resolve);

    /// <summary>An asynchronous resolver.</summary>
    public static IFieldResolver OfAsync(Func<IResolveFieldContext, Task<object?>> resolve) =>
        new FuncFieldResolver<object?>(async ctx => await resolve(ctx).ConfigureAwait(false));

    /// <summary>The request's loaders.</summary>
    public static GraphLoaders Loaders(this IResolveFieldContext context) =>
        context.UserContext.TryGetValue(GraphLoaders.Key, out var loaders) && loaders is GraphLoaders found
            ? found
            : throw new InvalidOperationException("The request has no loaders: execution runs without request services.");
}

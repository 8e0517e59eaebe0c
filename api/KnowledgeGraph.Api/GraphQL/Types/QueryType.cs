using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Graph;
using static KnowledgeGraph.Api.ScalarTypes;

namespace KnowledgeGraph.Api;

/// <summary>The query root: a lookup and a connection per label, <c>node</c>, <c>search</c> and <c>paths</c>.</summary>
public static class QueryType
{
    /// <summary>Builds the root type.</summary>
    public static ObjectGraphType Build(CommonTypes common, NodeTypes nodes, FilterInputTypes filters, SortInputTypes sorts, LimitsOptions limits)
    {
        var query = new ObjectGraphType { Name = "Query", Description = "The occupational-safety knowledge graph: every fact with its evidence." };

        query.AddField(new FieldType
        {
            Name = "node",
            Description = "Any node by its id.",
            ResolvedType = common.Entity,
            Arguments = new QueryArguments(new QueryArgument(NonNull(IdType)) { Name = "id", Description = "The node's id, e.g. disease:pneumoconiosis." }),
            Resolver = Resolvers.Of(ctx => Lookup(ctx, null)),
        });

        foreach (var label in Ontology.Labels)
        {
            var name = label.Name;
            query.AddField(new FieldType
            {
                Name = label.Singular,
                Description = $"One {name} by id.",
                ResolvedType = nodes.For(name),
                Arguments = new QueryArguments(new QueryArgument(NonNull(IdType)) { Name = "id", Description = $"The id, e.g. {label.IdPrefix}:…" }),
                Resolver = Resolvers.Of(ctx => Lookup(ctx, name)),
            });
        }

        foreach (var label in Ontology.Labels)
        {
            query.AddField(Connection(common, nodes, filters, sorts, label, limits));
        }

        query.AddField(new FieldType
        {
            Name = "search",
            Description = "Full-text search over names, aliases, descriptions and evidence quotes. A name or alias match ranks above a mention. Any text is safe: it is searched for as words.",
            ResolvedType = ListOf(common.SearchHit),
            Arguments = new QueryArguments(
                new QueryArgument(NonNull(StringType)) { Name = "text", Description = "What to look for." },
                new QueryArgument(new ListGraphType(NonNull(common.EntityType))) { Name = "types", Description = "Only nodes of these types." },
                new QueryArgument(IntType) { Name = "first", Description = $"How many hits (1–{limits.MaxPageSize}).", DefaultValue = 20 }),
            Resolver = Resolvers.OfAsync(async ctx =>
            {
                var first = Bounded(ctx.GetArgument("first", 20), "first", limits.MaxPageSize);
                var types = ctx.GetArgument<List<string>?>("types");
                return await ctx.Loaders().Store.SearchAsync(ctx.GetArgument<string>("text"), types, first, ctx.CancellationToken).ConfigureAwait(false);
            }),
        });

        query.AddField(new FieldType
        {
            Name = "paths",
            Description = "The shortest connections between two nodes, walking relationships in any direction, each step with its evidence.",
            ResolvedType = ListOf(common.Path),
            Arguments = new QueryArguments(
                new QueryArgument(NonNull(IdType)) { Name = "from", Description = "Where paths start." },
                new QueryArgument(NonNull(IdType)) { Name = "to", Description = "Where paths end." },
                new QueryArgument(IntType) { Name = "maxLength", Description = $"The most steps a path may have (1–{limits.MaxPathLength}).", DefaultValue = 4 },
                new QueryArgument(IntType) { Name = "first", Description = $"How many paths at most (1–{limits.MaxPaths}).", DefaultValue = 5 }),
            Resolver = Resolvers.OfAsync(async ctx =>
            {
                var from = ctx.GetArgument<string>("from");
                var to = ctx.GetArgument<string>("to");
                var maxLength = Bounded(ctx.GetArgument("maxLength", 4), "maxLength", limits.MaxPathLength);
                var first = Bounded(ctx.GetArgument("first", 5), "first", limits.MaxPaths);
                var store = ctx.Loaders().Store;
                var known = await store.GetNodesAsync([from, to], ctx.CancellationToken).ConfigureAwait(false);
                foreach (var id in new[] { from, to }.Where(id => known.All(n => n.Id != id)))
                {
                    throw new ExecutionError($"No node has the id '{id}'.") { Code = ErrorCodes.NotFound };
                }

                return await store.FindPathsAsync(from, to, maxLength, first, ctx.CancellationToken).ConfigureAwait(false);
            }),
        });

        return query;
    }

    private static object Lookup(IResolveFieldContext ctx, string? label)
    {
        var id = ctx.GetArgument<string>("id");
        var loaded = ctx.Loaders().Nodes.Load(id);
        return new DeferredResult<GraphNode?>(async ct =>
        {
            var node = await loaded.GetResultAsync(ct).ConfigureAwait(false);
            return node is not null && (label is null || node.Label == label)
                ? node
                : throw new ExecutionError($"No {label ?? "node"} has the id '{id}'.") { Code = ErrorCodes.NotFound };
        });
    }

    private static int Bounded(int value, string argument, int max) =>
        value >= 1 && value <= max
            ? value
            : throw new ExecutionError($"'{argument}' must be between 1 and {max}; it was {value}.") { Code = ErrorCodes.Validation };

    private static FieldType Connection(CommonTypes common, NodeTypes nodes, FilterInputTypes filters, SortInputTypes sorts, LabelDefinition label, LimitsOptions limits)
    {
        var pascal = char.ToUpperInvariant(label.Plural[0]) + label.Plural[1..];
        var nodeType = nodes.For(label.Name);
        var edge = new ObjectGraphType { Name = $"{pascal}Edge", Description = $"A {label.Name} in a page, with its cursor." };
        edge.AddField(new FieldType { Name = "cursor", Description = "The position of this item, for after/before.", ResolvedType = NonNull(StringType), Resolver = Resolvers.Of<PageItem>(i => i.Cursor) });
        edge.AddField(new FieldType { Name = "node", Description = $"The {label.Name}.", ResolvedType = NonNull(nodeType), Resolver = Resolvers.Of<PageItem>(i => i.Node) });

        var connection = new ObjectGraphType { Name = $"{pascal}Connection", Description = $"A page of {label.Plural}." };
        connection.AddField(new FieldType { Name = "nodes", Description = $"The {label.Plural} of this page.", ResolvedType = ListOf(nodeType), Resolver = Resolvers.Of<ConnectionView>(c => c.Page.Items.Select(i => i.Node).ToList()) });
        connection.AddField(new FieldType { Name = "edges", Description = "The items of this page with their cursors.", ResolvedType = ListOf(edge), Resolver = Resolvers.Of<ConnectionView>(c => c.Page.Items) });
        connection.AddField(new FieldType { Name = "pageInfo", Description = "Where this page sits.", ResolvedType = NonNull(common.PageInfo), Resolver = Resolvers.Of<ConnectionView>(c => c.Page) });
        connection.AddField(new FieldType
        {
            Name = "totalCount",
            Description = $"How many {label.Plural} satisfy the filter, on all pages (a separate count query, run only when asked for).",
            ResolvedType = NonNull(IntType),
            Resolver = Resolvers.OfAsync(async ctx =>
            {
                var view = (ConnectionView)ctx.Source!;
                return (int)await ctx.Loaders().Store.CountNodesAsync(view.Label, view.Where, ctx.CancellationToken).ConfigureAwait(false);
            }),
        });

        var name = label.Name;
        return new FieldType
        {
            Name = label.Plural,
            Description = $"{label.Description} Filter with where, sort with order, page with first/after or last/before.",
            ResolvedType = NonNull(connection),
            Arguments = new QueryArguments(
                new QueryArgument(IntType) { Name = "first", Description = $"Return the first n items (1–{limits.MaxPageSize}; default {limits.DefaultPageSize})." },
                new QueryArgument(StringType) { Name = "after", Description = "Return items after this cursor." },
                new QueryArgument(IntType) { Name = "last", Description = $"Return the last n items (1–{limits.MaxPageSize})." },
                new QueryArgument(StringType) { Name = "before", Description = "Return items before this cursor." },
                new QueryArgument(filters.For(name)) { Name = "where", Description = "Conditions the items satisfy." },
                new QueryArgument(new ListGraphType(NonNull(sorts.For(name)))) { Name = "order", Description = "Sort keys in priority order, e.g. [{ startDate: DESC }, { name: ASC }]. Ties are broken by id." }),
            Resolver = Resolvers.OfAsync(async ctx =>
            {
                var first = ctx.GetArgument<int?>("first");
                var last = ctx.GetArgument<int?>("last");
                if (first is { } f)
                {
                    Bounded(f, "first", limits.MaxPageSize);
                }

                if (last is { } l)
                {
                    Bounded(l, "last", limits.MaxPageSize);
                }

                var where = FilterArgumentParser.Parse(name, ctx.GetArgument<object?>("where"));
                var order = SortInputTypes.Parse(ctx.GetArgument<object?>("order"));
                first ??= last is null ? limits.DefaultPageSize : null;
                var page = new PageRequest(first, ctx.GetArgument<string?>("after"), last, ctx.GetArgument<string?>("before"));
                var result = await ctx.Loaders().Store.QueryNodesAsync(new NodeQuery(name, where, order, page), ctx.CancellationToken).ConfigureAwait(false);
                return new ConnectionView(name, where, result);
            }),
        };
    }
}

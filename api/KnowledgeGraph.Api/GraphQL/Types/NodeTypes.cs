using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Graph;
using static KnowledgeGraph.Api.ScalarTypes;

namespace KnowledgeGraph.Api;

/// <summary>One object type per label, built from the ontology, all implementing <c>Entity</c>.</summary>
public sealed class NodeTypes
{
    private readonly Dictionary<string, ObjectGraphType> _byLabel = [];
    private readonly CommonTypes _common;

    /// <summary>Builds the node types and the fields of the shared types that point at them.</summary>
    public NodeTypes(CommonTypes common, IReadOnlyDictionary<string, EnumerationGraphType> enums)
    {
        _common = common;
        foreach (var label in Ontology.Labels)
        {
            var type = new ObjectGraphType { Name = label.Name, Description = label.Description };
            var name = label.Name;
            type.IsTypeOf = o => o is GraphNode n && n.Label == name;
            type.AddResolvedInterface(common.Entity);
            common.Entity.AddPossibleType(type);
            _byLabel[label.Name] = type;
        }

        common.Entity.ResolveType = o => o is GraphNode n ? _byLabel.GetValueOrDefault(n.Label) : null;
        AddEntityFields(common.Entity);
        foreach (var field in common.Entity.Fields)
        {
            // Interfaces declare fields; the object types resolve them.
            field.Resolver = null;
        }

        foreach (var label in Ontology.Labels)
        {
            var type = _byLabel[label.Name];
            AddEntityFields(type);
            foreach (var property in label.Properties)
            {
                var prop = property.Name;
                type.AddField(new FieldType
                {
                    Name = prop,
                    Description = property.Description,
                    ResolvedType = property.Kind == PropertyKind.Enum ? enums[property.EnumName!] : StringType,
                    Resolver = Resolvers.Of<GraphNode>(n => n.Get(prop)),
                });
            }

            foreach (var field in RelationshipField.Of(label.Name))
            {
                AddRelationshipField(type, field);
            }
        }

        BuildShared(enums);
    }

    /// <summary>The type of a label.</summary>
    public ObjectGraphType For(string label) => _byLabel[label];

    private void AddEntityFields(IComplexGraphType type)
    {
        type.AddField(new FieldType { Name = "id", Description = "Globally unique, stable, readable id: <label>:<slug>.", ResolvedType = NonNull(IdType), Resolver = Resolvers.Of<GraphNode>(n => n.Id) });
        type.AddField(new FieldType { Name = "name", Description = "The display name.", ResolvedType = NonNull(StringType), Resolver = Resolvers.Of<GraphNode>(n => n.Name) });
        type.AddField(new FieldType { Name = "description", Description = "A one-sentence summary of what the sources say.", ResolvedType = StringType, Resolver = Resolvers.Of<GraphNode>(n => n.Description) });
        type.AddField(new FieldType { Name = "version", Description = "Grows by one with every change; pass it as expectedVersion when updating or deleting.", ResolvedType = NonNull(IntType), Resolver = Resolvers.Of<GraphNode>(n => (int)n.Version) });
        type.AddField(new FieldType { Name = "aliases", Description = "Other names and acronyms.", ResolvedType = ListOf(StringType), Resolver = Resolvers.Of<GraphNode>(n => n.Aliases) });
        type.AddField(new FieldType { Name = "evidence", Description = "The sources and verbatim quotes that state this node's facts.", ResolvedType = ListOf(_common.Evidence), Resolver = Resolvers.Of<GraphNode>(n => n.Evidence) }.Estimated(CostEstimate.Evidence));
        type.AddField(new FieldType
        {
            Name = "facts",
            Description = "Every relationship of this node, optionally of one type and in one direction, with roles and evidence.",
            ResolvedType = ListOf(_common.Fact),
            Arguments = new QueryArguments(
                new QueryArgument(StringType) { Name = "type", Description = "Only relationships of this type (e.g. PARTICIPATES_IN)." },
                new QueryArgument(_common.Direction) { Name = "direction", Description = "OUT, IN or BOTH (the default).", DefaultValue = Direction.Both }),
            Resolver = Resolvers.Of(ctx =>
            {
                var node = (GraphNode)ctx.Source!;
                var relType = ctx.GetArgument<string?>("type");
                var direction = ctx.GetArgument("direction", Direction.Both);
                return ctx.Loaders().Related(relType, direction, null).Load(node.Id);
            }),
        });
    }

    private void AddRelationshipField(ObjectGraphType type, RelationshipField field)
    {
        var other = _byLabel[field.OtherLabel];
        var relType = field.Definition.Type;
        var direction = field.Direction;
        var otherLabel = field.OtherLabel;
        var description = direction == Direction.Out
            ? $"{field.Definition.OutDescription} ({relType}, outgoing)"
            : $"{field.Definition.InDescription} ({relType}, incoming)";
        type.AddField(new FieldType
        {
            Name = field.Name,
            Description = description,
            ResolvedType = field.Single ? other : ListOf(other),
            Resolver = Resolvers.Of(ctx =>
            {
                var node = (GraphNode)ctx.Source!;
                var loaded = ctx.Loaders().Related(relType, direction, otherLabel).Load(node.Id);
                return field.Single
                    ? new DeferredResult<GraphNode?>(async ct => (await loaded.GetResultAsync(ct).ConfigureAwait(false)).FirstOrDefault()?.Other)
                    : new DeferredResult<IReadOnlyList<GraphNode>>(async ct => (await loaded.GetResultAsync(ct).ConfigureAwait(false)).Select(r => r.Other).ToList());
            }),
        });
    }

    private void BuildShared(IReadOnlyDictionary<string, EnumerationGraphType> enums)
    {
        var source = _byLabel["Source"];
        _common.Evidence.AddField(new FieldType
        {
            Name = "source",
            Description = "The source that states the fact.",
            ResolvedType = NonNull(source),
            Resolver = Resolvers.Of(ctx => ctx.Loaders().Nodes.Load(((Evidence)ctx.Source!).Source)),
        });
        _common.Evidence.AddField(new FieldType { Name = "quote", Description = "The verbatim excerpt (at most 300 characters).", ResolvedType = NonNull(StringType), Resolver = Resolvers.Of<Evidence>(e => e.Quote) });

        _common.Fact.AddField(new FieldType { Name = "id", Description = "The relationship's id: <from>|<TYPE>|<to>.", ResolvedType = NonNull(IdType), Resolver = Resolvers.Of<Related>(r => r.Relationship.Id) });
        _common.Fact.AddField(new FieldType { Name = "version", Description = "Grows by one with every change; pass it as expectedVersion when updating or deleting.", ResolvedType = NonNull(IntType), Resolver = Resolvers.Of<Related>(r => (int)r.Relationship.Version) });
        _common.Fact.AddField(new FieldType { Name = "type", Description = "The relationship type, e.g. PARTICIPATES_IN.", ResolvedType = NonNull(StringType), Resolver = Resolvers.Of<Related>(r => r.Relationship.Type) });
        _common.Fact.AddField(new FieldType { Name = "direction", Description = "OUT when this node is the relationship's start, IN when it is its end.", ResolvedType = NonNull(_common.Direction), Resolver = Resolvers.Of<Related>(r => r.Direction) });
        _common.Fact.AddField(new FieldType { Name = "role", Description = "The role (CHAIR, CO_CHAIR, HOST, LEAD, PARTNER ...) on PARTICIPATES_IN and ATTENDED.", ResolvedType = StringType, Resolver = Resolvers.Of<Related>(r => r.Relationship.Properties.GetValueOrDefault("role")) });
        _common.Fact.AddField(new FieldType { Name = "title", Description = "The title a person holds in an organisation, on MEMBER_OF.", ResolvedType = StringType, Resolver = Resolvers.Of<Related>(r => r.Relationship.Properties.GetValueOrDefault("title")) });
        _common.Fact.AddField(new FieldType { Name = "other", Description = "The node at the other end.", ResolvedType = NonNull(_common.Entity), Resolver = Resolvers.Of<Related>(r => r.Other) });
        _common.Fact.AddField(new FieldType { Name = "evidence", Description = "The sources and quotes that state the relationship.", ResolvedType = ListOf(_common.Evidence), Resolver = Resolvers.Of<Related>(r => r.Relationship.Evidence) }.Estimated(CostEstimate.Evidence));

        _common.PageInfo.AddField(new FieldType { Name = "hasNextPage", Description = "More items follow this page.", ResolvedType = NonNull(BooleanType), Resolver = Resolvers.Of<NodePage>(p => p.HasNextPage) });
        _common.PageInfo.AddField(new FieldType { Name = "hasPreviousPage", Description = "Items precede this page.", ResolvedType = NonNull(BooleanType), Resolver = Resolvers.Of<NodePage>(p => p.HasPreviousPage) });
        _common.PageInfo.AddField(new FieldType { Name = "startCursor", Description = "The cursor of the page's first item.", ResolvedType = StringType, Resolver = Resolvers.Of<NodePage>(p => p.Items.FirstOrDefault()?.Cursor) });
        _common.PageInfo.AddField(new FieldType { Name = "endCursor", Description = "The cursor of the page's last item.", ResolvedType = StringType, Resolver = Resolvers.Of<NodePage>(p => p.Items.LastOrDefault()?.Cursor) });

        _common.Step.AddField(new FieldType { Name = "from", Description = "The relationship's start node.", ResolvedType = NonNull(_common.Entity), Resolver = Resolvers.Of(ctx => ctx.Loaders().Nodes.Load(((StepView)ctx.Source!).Relationship.From)) });
        _common.Step.AddField(new FieldType { Name = "type", Description = "The relationship type.", ResolvedType = NonNull(StringType), Resolver = Resolvers.Of<StepView>(s => s.Relationship.Type) });
        _common.Step.AddField(new FieldType { Name = "to", Description = "The relationship's end node.", ResolvedType = NonNull(_common.Entity), Resolver = Resolvers.Of(ctx => ctx.Loaders().Nodes.Load(((StepView)ctx.Source!).Relationship.To)) });
        _common.Step.AddField(new FieldType { Name = "role", Description = "The relationship's role, when it has one.", ResolvedType = StringType, Resolver = Resolvers.Of<StepView>(s => s.Relationship.Role) });
        _common.Step.AddField(new FieldType { Name = "reversed", Description = "True when the path walks this relationship from its end to its start.", ResolvedType = NonNull(BooleanType), Resolver = Resolvers.Of<StepView>(s => s.Reversed) });
        _common.Step.AddField(new FieldType { Name = "evidence", Description = "The sources and quotes that state the relationship.", ResolvedType = ListOf(_common.Evidence), Resolver = Resolvers.Of<StepView>(s => s.Relationship.Evidence) }.Estimated(CostEstimate.Evidence));

        _common.Path.AddField(new FieldType { Name = "length", Description = "The number of steps.", ResolvedType = NonNull(IntType), Resolver = Resolvers.Of<GraphPath>(p => p.Length) });
        _common.Path.AddField(new FieldType { Name = "steps", Description = "The relationships, in walking order.", ResolvedType = ListOf(_common.Step), Resolver = Resolvers.Of<GraphPath>(ToSteps) }.Estimated(CostEstimate.PathLength));
        _common.Path.AddField(new FieldType { Name = "nodes", Description = "The nodes, in walking order (one more than the steps).", ResolvedType = ListOf(_common.Entity), Resolver = Resolvers.Of(ctx => ctx.Loaders().Nodes.LoadMany(((GraphPath)ctx.Source!).NodeIds)) }.Estimated(CostEstimate.PathLength + 1));

        _common.SearchHit.AddField(new FieldType { Name = "entity", Description = "The matching node.", ResolvedType = NonNull(_common.Entity), Resolver = Resolvers.Of(ctx => ctx.Loaders().Nodes.Load(((SearchHit)ctx.Source!).NodeId)) });
        _common.SearchHit.AddField(new FieldType { Name = "score", Description = "Relevance; higher is better. A name or alias match outranks a mention in a description or quote.", ResolvedType = NonNull(FloatType), Resolver = Resolvers.Of<SearchHit>(h => h.Score) });
        _common.SearchHit.AddField(new FieldType { Name = "snippet", Description = "The matching text, the match marked with [ and ].", ResolvedType = StringType, Resolver = Resolvers.Of<SearchHit>(h => h.Snippet) });

        _common.Coverage.AddField(new FieldType { Name = "program", Description = "The covering program.", ResolvedType = NonNull(_byLabel["Program"]), Resolver = Resolvers.Of(ctx => ProgramOf(ctx)) });
        _common.Coverage.AddField(new FieldType { Name = "direct", Description = "True when the program itself ADDRESSES the disease or hazard.", ResolvedType = NonNull(BooleanType), Resolver = Resolvers.Of<Coverage>(c => c.Direct) });
        _common.Coverage.AddField(new FieldType { Name = "path", Description = "The shortest explanation, from the program to the disease or hazard, each step with its evidence.", ResolvedType = NonNull(_common.Path), Resolver = Resolvers.Of<Coverage>(c => c.Path) });

        foreach (var label in new[] { "Disease", "Hazard" })
        {
            _byLabel[label].AddField(new FieldType
            {
                Name = "coveredBy",
                Description = $"The programs that cover this {label.ToLowerInvariant()}: they ADDRESS it" +
                    (label == "Disease" ? ", ADDRESS a hazard that CAUSES it," : ",") +
                    " have an event that COVERED it, or have a subprogram that covers it. One entry per program (its shortest explanation), direct first, then by path length.",
                ResolvedType = ListOf(_common.Coverage),
                Arguments = new QueryArguments(new QueryArgument(enums["ProgramKind"]) { Name = "kind", Description = "Only programs of this kind." }),
                Resolver = Resolvers.Of(ctx => ctx.Loaders().Coverage(ctx.GetArgument<string?>("kind"), DocumentSelection.SelectsSteps(ctx.Document), DocumentSelection.AllowsOutlines(ctx.Document)).Load(((GraphNode)ctx.Source!).Id)),
            });
        }
    }

    // The store read the program while ordering the coverage; answering from it spares thousands of deferred loads.
    private static object? ProgramOf(IResolveFieldContext ctx)
    {
        var coverage = (Coverage)ctx.Source!;
        return coverage.Program is { } program ? program : ctx.Loaders().Nodes.Load(coverage.ProgramId);
    }

    private static IReadOnlyList<StepView> ToSteps(GraphPath path) =>
        path.StepsOmitted
            ? throw new InvalidOperationException("A path read without its steps was asked for them.")
            : path.Steps.Select((rel, i) => new StepView(rel, rel.From != path.NodeIds[i])).ToList();
}

using KnowledgeGraph.Api;
using KnowledgeGraph.Graph;
using Xunit;
using Xunit.Abstractions;

namespace KnowledgeGraph.Tests;

/// <summary>
/// Generated filter and order combinations over the curated graph: the store (through GraphQL and directly)
/// answers exactly what a plain in-memory evaluation of the loaded dataset answers.
/// </summary>
public sealed class DifferentialTests(CuratedFixture fixture, ITestOutputHelper output) : IClassFixture<CuratedFixture>
{
    private static readonly string[] Labels = ["Program", "Event", "Agency", "Hazard", "Disease", "Person", "Regulation", "Topic"];

    [Fact]
    public async Task Generated_filters_and_orders_agree_with_the_in_memory_evaluation()
    {
        var random = new Random(20261123);
        var checkedCount = 0;
        var nonEmpty = 0;
        for (var i = 0; i < 300; i++)
        {
            var label = Labels[random.Next(Labels.Length)];
            var filter = RandomFilter(random, label, depth: 0);
            var order = RandomOrder(random, label);
            var expected = fixture.Reference.Query(label, filter, order).Select(n => n.Id).ToList();

            var direct = await fixture.Api.Store.QueryNodesAsync(new NodeQuery(label, filter, order, new PageRequest(First: 100)), CancellationToken.None);
            var count = await fixture.Api.Store.CountNodesAsync(label, filter, CancellationToken.None);
            var where = FilterPrinter.Print(label, filter);
            Assert.True(expected.Take(100).SequenceEqual(direct.Items.Select(x => x.Node.Id)), $"store: {label} {where} order {string.Join(",", order)}");
            Assert.Equal(expected.Count, count);

            if (i % 3 == 0)
            {
                var plural = Ontology.Label(label)!.Plural;
                var orderText = string.Join(", ", order.Select(k => $"{{ {k.Property}: {(k.Descending ? "DESC" : "ASC")} }}"));
                var response = await fixture.Api.GraphQLAsync($"{{ {plural}(first: 100, where: {where}, order: [{orderText}]) {{ totalCount nodes {{ id }} }} }}");
                var data = response.Data().At(plural);
                Assert.True(expected.Take(100).SequenceEqual(data.At("nodes").Strings("id")!), $"graphql: {label} {where}");
                Assert.Equal(expected.Count, data.At("totalCount").GetInt32());
            }

            checkedCount++;
            nonEmpty += expected.Count > 0 ? 1 : 0;
        }

        output.WriteLine($"{checkedCount} combinations checked, {nonEmpty} with a non-empty answer.");
        Assert.True(nonEmpty > checkedCount / 4, $"only {nonEmpty} of {checkedCount} generated filters matched anything");
    }

    private Filter RandomFilter(Random random, string label, int depth)
    {
        var roll = random.Next(depth >= 2 ? 6 : 10);
        return roll switch
        {
            < 5 => RandomComparison(random, label),
            5 when depth < 2 => new AndFilter([RandomFilter(random, label, depth + 1), RandomFilter(random, label, depth + 1)]),
            6 => new OrFilter([RandomFilter(random, label, depth + 1), RandomFilter(random, label, depth + 1)]),
            _ => RandomRelation(random, label, depth) ?? RandomComparison(random, label),
        };
    }

    private Filter? RandomRelation(Random random, string label, int depth)
    {
        var fields = RelationshipField.Of(label);
        if (fields.Count == 0)
        {
            return null;
        }

        var field = fields[random.Next(fields.Count)];
        if (field.Single)
        {
            return new RelationFilter(field.Definition.Type, field.Direction, field.OtherLabel, Quantifier.Some, RandomFilter(random, field.OtherLabel, depth + 2));
        }

        var quantifier = (Quantifier)random.Next(4);
        return quantifier == Quantifier.Any
            ? new RelationFilter(field.Definition.Type, field.Direction, field.OtherLabel, Quantifier.Any, null, random.Next(2) == 0)
            : new RelationFilter(field.Definition.Type, field.Direction, field.OtherLabel, quantifier, RandomFilter(random, field.OtherLabel, depth + 2));
    }

    private PropertyFilter RandomComparison(Random random, string label)
    {
        var definition = Ontology.Label(label)!;
        var properties = definition.Properties.Select(p => p.Name).Concat(["id", "name", "description"]).ToList();
        var property = properties[random.Next(properties.Count)];
        var values = fixture.Dataset.Nodes.Where(n => n.Label == label).Select(n => n.Get(property)).ToList();
        var sample = values.Count == 0 ? null : values[random.Next(values.Count)];
        var kind = definition.Property(property)?.Kind ?? PropertyKind.Text;
        FilterOperator[] ops = kind switch
        {
            PropertyKind.Enum => [FilterOperator.Eq, FilterOperator.Neq, FilterOperator.In, FilterOperator.Nin],
            PropertyKind.Date => Enum.GetValues<FilterOperator>(),
            _ when property == "id" => [FilterOperator.Eq, FilterOperator.Neq, FilterOperator.In, FilterOperator.Nin],
            _ => Enum.GetValues<FilterOperator>().Where(o => o < FilterOperator.Gt).ToArray(),
        };
        var op = ops[random.Next(ops.Length)];
        if (op is FilterOperator.In or FilterOperator.Nin)
        {
            var list = Enumerable.Range(0, random.Next(1, 4)).Select(_ => values.Count == 0 ? null : values[random.Next(values.Count)]).ToList();
            if (kind == PropertyKind.Enum || property == "id")
            {
                list = list.Where(v => v is not null).ToList();
                if (list.Count == 0 && kind == PropertyKind.Enum)
                {
                    list.Add(definition.Property(property)!.EnumValues![0]);
                }
            }

            return new PropertyFilter(property, op, null, list);
        }

        if (sample is null && kind == PropertyKind.Enum)
        {
            sample = definition.Property(property)!.EnumValues![random.Next(definition.Property(property)!.EnumValues!.Count)];
        }

        var operand = op switch
        {
            FilterOperator.Contains or FilterOperator.NContains when sample is { Length: > 3 } => sample.Substring(random.Next(sample.Length - 3), 3).ToUpperInvariant(),
            FilterOperator.StartsWith or FilterOperator.NStartsWith when sample is { Length: > 4 } => sample[..4],
            FilterOperator.EndsWith or FilterOperator.NEndsWith when sample is { Length: > 4 } => sample[^4..],
            FilterOperator.Gt or FilterOperator.Gte or FilterOperator.Lt or FilterOperator.Lte or FilterOperator.Ngt or FilterOperator.Ngte or FilterOperator.Nlt or FilterOperator.Nlte
                when sample is { Length: >= 4 } => sample[..4],
            _ => sample,
        };
        if (operand is null && op is not (FilterOperator.Eq or FilterOperator.Neq))
        {
            operand = "a";
        }

        return new PropertyFilter(property, op, operand);
    }

    private static List<SortKey> RandomOrder(Random random, string label)
    {
        var properties = Ontology.Label(label)!.Properties.Where(p => p.Kind != PropertyKind.Url).Select(p => p.Name).Append("name").ToList();
        return Enumerable.Range(0, random.Next(3))
            .Select(_ => new SortKey(properties[random.Next(properties.Count)], random.Next(2) == 0))
            .DistinctBy(k => k.Property)
            .ToList();
    }
}

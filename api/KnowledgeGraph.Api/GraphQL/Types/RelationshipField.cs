using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Api;

/// <summary>A field by which a label reaches its neighbours: the contract's "field on from" and "field on to".</summary>
/// <param name="Name">The field name (e.g. <c>hazards</c>).</param>
/// <param name="Definition">The relationship shape.</param>
/// <param name="Direction">Out on the start label, In on the end label.</param>
/// <param name="Single">True when the field holds at most one node (<c>parent</c>, <c>country</c>, <c>program</c>).</param>
public sealed record RelationshipField(string Name, RelationshipDefinition Definition, Direction Direction, bool Single)
{
    /// <summary>The label at the other end.</summary>
    public string OtherLabel => Direction == Direction.Out ? Definition.To : Definition.From;

    /// <summary>The relationship fields of a label, in ontology order.</summary>
    public static IReadOnlyList<RelationshipField> Of(string label)
    {
        var fields = new List<RelationshipField>();
        foreach (var def in Ontology.Relationships)
        {
            if (def.From == label)
            {
                fields.Add(new RelationshipField(def.OutField, def, Direction.Out, def.OutSingle));
            }

            if (def.To == label)
            {
                fields.Add(new RelationshipField(def.InField, def, Direction.In, false));
            }
        }

        var clash = fields.GroupBy(f => f.Name).FirstOrDefault(g => g.Count() > 1);
        return clash is null
            ? fields
            : throw new InvalidOperationException($"{label} has two relationship fields named '{clash.Key}'.");
    }
}

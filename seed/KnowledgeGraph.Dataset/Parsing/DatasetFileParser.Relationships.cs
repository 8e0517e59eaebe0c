using KnowledgeGraph.Graph;
using static KnowledgeGraph.Dataset.YamlNodes;

namespace KnowledgeGraph.Dataset;

/// <summary>Relationship entries: ends, type, allowed shape and the type's properties.</summary>
internal sealed partial class DatasetFileParser
{
    private void ReadRelationship(YamlValue item)
    {
        if (item is not YamlMap map)
        {
            WrongShape(item, "a relationship", "a mapping with from, type, to and evidence");
            return;
        }

        var from = End(map, "from");
        var type = End(map, "type");
        var to = End(map, "to");
        var subject = $"{from?.Value ?? "?"} -{type?.Value ?? "?"}-> {to?.Value ?? "?"}";
        var fromLabel = from is null ? null : CheckId(from, "from");
        var toLabel = to is null ? null : CheckId(to, "to");
        var typeKnown = type is not null && Ontology.RelationshipTypes.Contains(type.Value, StringComparer.Ordinal);
        if (type is not null && !typeKnown)
        {
            Error(type.At, $"{subject}: unknown relationship type '{type.Value}'; known: {string.Join(", ", Ontology.RelationshipTypes)}");
        }

        RelationshipDefinition? definition = null;
        if (typeKnown && fromLabel is not null && toLabel is not null)
        {
            definition = Ontology.Relationship(type!.Value, fromLabel.Name, toLabel.Name);
            if (definition is null)
            {
                var shapes = Ontology.Relationships.Where(r => r.Type == type.Value).Select(r => $"{r.From} → {r.To}");
                Error(type.At, $"{subject}: {type.Value} from {fromLabel.Name} to {toLabel.Name} is not allowed; {type.Value} goes {string.Join(", ", shapes)}");
            }
        }

        Dictionary<string, Located> properties = new(0, StringComparer.Ordinal);
        List<Evidence>? evidence = null;
        foreach (var (keyNode, value) in map.Children)
        {
            switch (Key(keyNode))
            {
                case null or "from" or "type" or "to":
                    break;
                case "evidence":
                    evidence = ReadEvidence(value, subject);
                    break;
                case var key when typeKnown:
                    var allowed = Ontology.PropertiesOf(type!.Value);
                    if (allowed.FirstOrDefault(p => p.Name == key) is not { } property)
                    {
                        var names = allowed.Count == 0 ? "none" : string.Join(", ", allowed.Select(p => p.Name));
                        Error(At(keyNode), $"{subject}: property '{key}' is not allowed on {type.Value}; allowed: {names}");
                    }
                    else if (LocatedText(value, $"{subject}: {key}") is { } v && PropertyValidator.Check(property, v, subject, _errors))
                    {
                        properties[key] = v;
                    }

                    break;
                default:
                    // The type is unknown (already reported), so its properties cannot be judged.
                    break;
            }
        }

        if (evidence is null)
        {
            Error(At(map), $"{subject}: no evidence; every relationship needs at least one quote");
        }

        if (from is null || type is null || to is null)
        {
            return;
        }

        var entry = new RelationshipEntry(from, type, to, At(map), evidence ?? [])
        {
            Definition = definition,
            Properties = properties.Count == 0 ? null : properties,
        };
        if (_relationshipIds.TryGetValue(entry.Key, out var first))
        {
            Error(entry.At, $"relationship {subject} is already given in this file at line {first.Line}");
            return;
        }

        _relationshipIds[entry.Key] = entry.At;
        _file.Relationships.Add(entry);
    }

    private Located? End(YamlMap map, string key)
    {
        if (Child(map, key) is { } node)
        {
            // Ends and types repeat across a million relationships: one string each.
            return LocatedText(node, $"relationship {key}") is { } end ? end with { Value = Shared(end.Value) } : null;
        }

        Error(At(map), $"relationship has no '{key}'");
        return null;
    }
}

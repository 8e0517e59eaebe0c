using KnowledgeGraph.Graph;
using static KnowledgeGraph.Dataset.YamlNodes;

namespace KnowledgeGraph.Dataset;

/// <summary>Node entries: id and label, the common keys, the label's own properties.</summary>
internal sealed partial class DatasetFileParser
{
    private static readonly string[] CommonNodeKeys = ["id", "name", "aliases", "description", "evidence"];

    private void ReadNode(YamlValue item)
    {
        if (item is not YamlMap map)
        {
            WrongShape(item, "a node", "a mapping with id, name, evidence ...");
            return;
        }

        Located? id = null;
        LabelDefinition? label = null;
        if (Child(map, "id") is not { } idNode)
        {
            Error(At(map), "node has no id");
        }
        else if (LocatedText(idNode, "id") is { } idText)
        {
            id = idText with { Value = Shared(idText.Value) };
            label = CheckId(id, "id");
        }

        var subject = id?.Value ?? "node";
        Located? name = null;
        var nameWritten = false;
        Located? description = null;
        List<Located> aliases = [];
        Dictionary<string, Located> properties = new(StringComparer.Ordinal);
        List<Evidence>? evidence = null;
        foreach (var (keyNode, value) in map.Children)
        {
            switch (Key(keyNode))
            {
                case null or "id":
                    break;
                case "name":
                    nameWritten = true;
                    name = LocatedText(value, $"{subject}: name");
                    break;
                case "description":
                    description = LocatedText(value, $"{subject}: description");
                    break;
                case "aliases":
                    foreach (var alias in Sequence(value, $"{subject}: aliases") ?? [])
                    {
                        if (LocatedText(alias, $"{subject}: alias") is { } a)
                        {
                            aliases.Add(a);
                        }
                    }

                    break;
                case "evidence":
                    evidence = ReadEvidence(value, subject);
                    break;
                case var key when label is not null:
                    if (label.Property(key) is not { } property)
                    {
                        var allowed = CommonNodeKeys.Concat(label.Properties.Select(p => p.Name));
                        Error(At(keyNode), $"{subject}: unknown property '{key}' for {label.Name}; allowed: {string.Join(", ", allowed)}");
                    }
                    else if (LocatedText(value, $"{subject}: {key}") is { } v && PropertyValidator.Check(property, v, subject, _errors))
                    {
                        properties[key] = v;
                    }

                    break;
                default:
                    // The label is unknown (already reported), so its properties cannot be judged.
                    break;
            }
        }

        if (evidence is null)
        {
            Error(At(map), $"{subject}: no evidence; every node needs at least one quote");
        }

        if (id is null || label is null)
        {
            return;
        }

        if (_nodeIds.TryGetValue(id.Value, out var first))
        {
            Error(id.At, $"node '{id.Value}' is already defined in this file at line {first.Line}");
            return;
        }

        _nodeIds[id.Value] = id.At;
        var entry = new NodeEntry(id, label) { Name = name, NameWritten = nameWritten, Description = description };
        entry.Aliases.AddRange(aliases);
        foreach (var (key, value) in properties)
        {
            entry.Properties[key] = value;
        }

        entry.Evidence.AddRange(evidence ?? []);
        _file.Nodes.Add(entry);
    }
}

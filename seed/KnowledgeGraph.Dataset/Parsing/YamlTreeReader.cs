using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using Representation = YamlDotNet.RepresentationModel;

namespace KnowledgeGraph.Dataset;

/// <summary>
/// Reads a YAML stream into <see cref="YamlValue"/> trees, one root per document, failing with the same
/// <see cref="YamlException"/> as YamlDotNet's <see cref="Representation.YamlStream"/>. Plain documents (every dataset file) are
/// built straight from the parser's events; a stream that uses anchors, aliases or non-scalar keys is loaded by
/// <see cref="Representation.YamlStream"/> itself and converted, so those rarely used rules keep YamlDotNet's exact behaviour.
/// </summary>
internal static class YamlTreeReader
{
    /// <summary>The root node of every document, in order.</summary>
    /// <exception cref="YamlException">The text is not valid YAML.</exception>
    public static IReadOnlyList<YamlValue> Read(string text)
    {
        try
        {
            return ReadEvents(new Parser(new StringReader(text)));
        }
        catch (NotPlainException)
        {
            var stream = new Representation.YamlStream();
            stream.Load(new StringReader(text));
            var converted = new Dictionary<Representation.YamlNode, YamlValue>(ReferenceEqualityComparer.Instance);
            return stream.Documents.Select(d => Convert(d.RootNode, converted)).ToArray();
        }
    }

    private static List<YamlValue> ReadEvents(IParser parser)
    {
        List<YamlValue> roots = [];
        parser.Consume<StreamStart>();
        while (!parser.TryConsume<StreamEnd>(out _))
        {
            parser.Consume<DocumentStart>();
            while (!parser.TryConsume<DocumentEnd>(out _))
            {
                roots.Add(ReadNode(parser));
            }
        }

        return roots;
    }

    /// <summary>The value at the parser's current event, and every event within it.</summary>
    /// <exception cref="NotPlainException">The value uses an anchor, an alias or a non-scalar key.</exception>
    internal static YamlValue ReadNode(IParser parser)
    {
        if (parser.Current is NodeEvent { Anchor.IsEmpty: false } || parser.Current is AnchorAlias)
        {
            throw new NotPlainException();
        }

        if (parser.TryConsume<Scalar>(out var scalar))
        {
            return new YamlScalar(scalar.Start, scalar.Value, scalar.Style);
        }

        if (parser.TryConsume<SequenceStart>(out var sequenceStart))
        {
            var sequence = new YamlList(sequenceStart.Start);
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                sequence.Children.Add(ReadNode(parser));
            }

            return sequence;
        }

        var mappingStart = parser.Consume<MappingStart>();
        var mapping = new YamlMap(mappingStart.Start);
        List<(TagName Tag, string Value)> keys = [];
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            if (parser.Current is not Scalar { Anchor.IsEmpty: true } keyEvent)
            {
                throw new NotPlainException();
            }

            var key = ReadNode(parser);
            var value = ReadNode(parser);

            // As the representation model does: scalar keys are equal when their tag and text are.
            if (keys.Contains((keyEvent.Tag, keyEvent.Value)))
            {
                throw new YamlException(keyEvent.Start, keyEvent.End, $"Duplicate key {keyEvent.Value}");
            }

            keys.Add((keyEvent.Tag, keyEvent.Value));
            mapping.Children.Add(new(key, value));
        }

        return mapping;
    }

    private static YamlValue Convert(Representation.YamlNode node, Dictionary<Representation.YamlNode, YamlValue> converted)
    {
        // An alias is the very node its anchor names, which may contain the alias itself.
        if (converted.TryGetValue(node, out var done))
        {
            return done;
        }

        switch (node)
        {
            case Representation.YamlScalarNode scalar:
                var result = new YamlScalar(scalar.Start, scalar.Value ?? string.Empty, scalar.Style);
                converted[node] = result;
                return result;
            case Representation.YamlSequenceNode sequence:
                var list = new YamlList(sequence.Start);
                converted[node] = list;
                list.Children.AddRange(sequence.Children.Select(c => Convert(c, converted)));
                return list;
            case Representation.YamlMappingNode mapping:
                var map = new YamlMap(mapping.Start);
                converted[node] = map;
                map.Children.AddRange(mapping.Children.Select(c => new KeyValuePair<YamlValue, YamlValue>(Convert(c.Key, converted), Convert(c.Value, converted))));
                return map;
            default:
                throw new InvalidOperationException($"Unexpected YAML node {node.GetType().Name}.");
        }
    }

    /// <summary>The stream uses a feature the event reader leaves to the representation model.</summary>
    internal sealed class NotPlainException : Exception;
}

using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using static KnowledgeGraph.Dataset.YamlNodes;

namespace KnowledgeGraph.Dataset;

/// <summary>
/// The usual file read item by item: each node or relationship is built as a small tree, checked and dropped, so
/// a large file is never held as one tree. Events come from <see cref="PlainEventParser"/>. Anything unusual (a syntax error, a duplicate top-level key, more than
/// one document, a root that is not a mapping, anchors or aliases, a file source written after the items that
/// rely on it) gives up, and the file is read again as a whole tree, which reports it exactly.
/// </summary>
internal sealed partial class DatasetFileParser
{
    private bool _itemsRead;

    /// <summary>True when the file was read and checked item by item; false when it must be read as a whole tree.</summary>
    private bool TryStream(string text)
    {
        try
        {
            var parser = new PlainEventParser(new StringReader(text));
            parser.Consume<StreamStart>();
            if (parser.TryConsume<StreamEnd>(out _))
            {
                return true;
            }

            parser.Consume<DocumentStart>();
            if (!parser.TryConsume<MappingStart>(out var root))
            {
                return false;
            }

            if (!root.Anchor.IsEmpty || !StreamMapping(parser))
            {
                return false;
            }

            parser.Consume<DocumentEnd>();
            return parser.TryConsume<StreamEnd>(out _);
        }
        catch (YamlException)
        {
            return false;
        }
        catch (YamlTreeReader.NotPlainException)
        {
            return false;
        }
    }

    /// <summary>The root mapping's entries, as <see cref="Read"/> takes them; false to give up.</summary>
    private bool StreamMapping(IParser parser)
    {
        List<(TagName Tag, string Value)> keys = [];
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            if (parser.Current is not Scalar { Anchor.IsEmpty: true } keyEvent || keys.Contains((keyEvent.Tag, keyEvent.Value)))
            {
                return false;
            }

            keys.Add((keyEvent.Tag, keyEvent.Value));
            var keyNode = YamlTreeReader.ReadNode(parser);
            if (keyEvent.Value == "source")
            {
                // Plain quotes rely on the file's source: it must be known before any item is read.
                if (_itemsRead)
                {
                    return false;
                }

                ReadFileSource(YamlTreeReader.ReadNode(parser));
                continue;
            }

            var key = Key(keyNode);
            if (key is "nodes" or "relationships" && parser.Current is SequenceStart { Anchor.IsEmpty: true })
            {
                parser.Consume<SequenceStart>();
                while (!parser.TryConsume<SequenceEnd>(out _))
                {
                    _itemsRead = true;
                    var item = YamlTreeReader.ReadNode(parser);
                    if (key == "nodes")
                    {
                        ReadNode(item);
                    }
                    else
                    {
                        ReadRelationship(item);
                    }
                }

                continue;
            }

            _itemsRead |= key is "nodes" or "relationships";
            ReadTopLevel(key, keyNode, YamlTreeReader.ReadNode(parser));
        }

        return true;
    }
}

using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using Tokens = YamlDotNet.Core.Tokens;

namespace KnowledgeGraph.Dataset;

/// <summary>
/// The events of a plain YAML file straight from YamlDotNet's scanner: one implicit document of block mappings and
/// sequences, flow sequences of scalars, and scalars. Events and positions are those YamlDotNet's
/// <see cref="Parser"/> gives for the same text.
/// </summary>
/// <remarks>
/// YamlDotNet's parser looks every mapping key up in the runtime's intern pool, a lock shared by every thread: with
/// a file parsed on each core, most of the parse went into that lookup. Anything else (documents markers,
/// directives, anchors, aliases, tags, flow mappings, empty values, indentless sequences, explicit keys) throws
/// <see cref="YamlTreeReader.NotPlainException"/>, so the caller reads the file with YamlDotNet's parser instead.
/// Scanner errors are YamlDotNet's own <see cref="YamlException"/>.
/// </remarks>
internal sealed class PlainEventParser(TextReader input) : IParser
{
    private readonly Scanner _scanner = new(input);
    private IEnumerator<ParsingEvent>? _stream;

    public ParsingEvent? Current { get; private set; }

    public bool MoveNext()
    {
        _stream ??= Events(_scanner).GetEnumerator();
        if (_stream.MoveNext())
        {
            Current = _stream.Current;
            return true;
        }

        Current = null;
        return false;
    }

    private static IEnumerable<ParsingEvent> Events(Scanner scanner)
    {
        var start = Next(scanner);
        if (start is not Tokens.StreamStart)
        {
            throw new YamlTreeReader.NotPlainException();
        }

        yield return new StreamStart(start.Start, start.End);
        var token = Next(scanner);
        if (token is not Tokens.StreamEnd)
        {
            yield return new DocumentStart(null, null, true, token.Start, token.Start);
            foreach (var e in Node(scanner, token))
            {
                yield return e;
            }

            token = Next(scanner);
            if (token is not Tokens.StreamEnd)
            {
                throw new YamlTreeReader.NotPlainException();
            }

            yield return new DocumentEnd(true, token.Start, token.Start);
        }

        yield return new StreamEnd(token.Start, token.End);
    }

    /// <summary>The events of the node that starts at <paramref name="token"/>.</summary>
    private static IEnumerable<ParsingEvent> Node(Scanner scanner, Tokens.Token token)
    {
        switch (token)
        {
            case Tokens.Scalar scalar:
                yield return Scalar(scalar);
                break;
            case Tokens.BlockMappingStart:
                yield return new MappingStart(AnchorName.Empty, TagName.Empty, true, MappingStyle.Block, token.Start, token.End);
                Tokens.Token next;
                for (next = Next(scanner); next is not Tokens.BlockEnd; next = Next(scanner))
                {
                    // Only `key: value`, the key a scalar and the value given.
                    if (next is not Tokens.Key || Next(scanner) is not Tokens.Scalar key || Next(scanner) is not Tokens.Value)
                    {
                        throw new YamlTreeReader.NotPlainException();
                    }

                    yield return Scalar(key);
                    foreach (var e in Node(scanner, Next(scanner)))
                    {
                        yield return e;
                    }
                }

                yield return new MappingEnd(next.Start, next.End);
                break;
            case Tokens.BlockSequenceStart:
                yield return new SequenceStart(AnchorName.Empty, TagName.Empty, true, SequenceStyle.Block, token.Start, token.End);
                for (next = Next(scanner); next is not Tokens.BlockEnd; next = Next(scanner))
                {
                    if (next is not Tokens.BlockEntry)
                    {
                        throw new YamlTreeReader.NotPlainException();
                    }

                    foreach (var e in Node(scanner, Next(scanner)))
                    {
                        yield return e;
                    }
                }

                yield return new SequenceEnd(next.Start, next.End);
                break;
            case Tokens.FlowSequenceStart:
                yield return new SequenceStart(AnchorName.Empty, TagName.Empty, true, SequenceStyle.Flow, token.Start, token.End);
                var item = Next(scanner);
                while (item is Tokens.Scalar scalar)
                {
                    yield return Scalar(scalar);
                    item = Next(scanner);
                    if (item is Tokens.FlowEntry)
                    {
                        item = Next(scanner);
                    }
                    else if (item is not Tokens.FlowSequenceEnd)
                    {
                        throw new YamlTreeReader.NotPlainException();
                    }
                }

                if (item is not Tokens.FlowSequenceEnd)
                {
                    throw new YamlTreeReader.NotPlainException();
                }

                yield return new SequenceEnd(item.Start, item.End);
                break;
            default:
                // An empty value (the next key or the end of the block), or something only YamlDotNet's parser reads.
                throw new YamlTreeReader.NotPlainException();
        }
    }

    // As YamlDotNet's parser sets them for a scalar without a tag.
    private static Scalar Scalar(Tokens.Scalar token) => new(
        AnchorName.Empty, TagName.Empty, token.Value, token.Style, token.Style == ScalarStyle.Plain, token.Style != ScalarStyle.Plain, token.Start, token.End);

    private static Tokens.Token Next(Scanner scanner) =>
        scanner.MoveNext() && scanner.Current is { } token ? token : throw new YamlTreeReader.NotPlainException();
}

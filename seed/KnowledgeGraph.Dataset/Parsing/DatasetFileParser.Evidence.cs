using KnowledgeGraph.Graph;
using static KnowledgeGraph.Dataset.YamlNodes;

namespace KnowledgeGraph.Dataset;

/// <summary>Evidence items: plain quotes from the file's source, or { source, quote } mappings.</summary>
internal sealed partial class DatasetFileParser
{
    private static readonly string[] EvidenceKeys = ["source", "quote"];

    /// <summary>The items for the fact; each is also kept, with its positions, in the file's list for the later checks.</summary>
    private List<Evidence> ReadEvidence(YamlValue value, string subject)
    {
        if (Sequence(value, $"{subject}: evidence") is not { } items)
        {
            return [];
        }

        // Sized to the items: a large dataset keeps a million of these lists, most with one item.
        List<Evidence> result = new(items.Count);

        if (items.Count == 0)
        {
            Error(At(value), $"{subject}: evidence is empty; give at least one quote");
        }

        foreach (var item in items)
        {
            var entry = item switch
            {
                YamlScalar scalar => PlainQuote(scalar, subject),
                YamlMap map => CitedQuote(map, subject),
                _ => WrongShape(item, $"{subject}: evidence item", "a quote or a mapping { source, quote }"),
            };
            if (entry is { } read)
            {
                result.Add(read.Item);
                _file.Evidence.Add(read);
            }
        }

        return result;
    }

    private EvidenceEntry? PlainQuote(YamlScalar node, string subject)
    {
        var quote = Quote(node, subject);
        if (_file.Source is { } source)
        {
            return quote is null ? null : Entry(source, quote, fromFileSource: true);
        }

        if (!_fileSourceWritten)
        {
            Error(At(node), $"{subject}: a plain quote needs a file-level 'source:'; otherwise write {{ source: source:<slug>, quote: ... }}");
        }

        return null;
    }

    private EvidenceEntry? CitedQuote(YamlMap map, string subject)
    {
        Located? source = null;
        Located? quote = null;
        var quoteGiven = false;
        foreach (var (keyNode, value) in map.Children)
        {
            switch (Key(keyNode))
            {
                case null:
                    break;
                case "source":
                    source = LocatedText(value, $"{subject}: evidence source") is { } text ? text with { Value = Shared(text.Value) } : null;
                    break;
                case "quote":
                    quoteGiven = true;
                    quote = Quote(value, subject);
                    break;
                case var other:
                    Error(At(keyNode), $"{subject}: unknown evidence key '{other}'; allowed: {string.Join(", ", EvidenceKeys)}");
                    break;
            }
        }

        if (!quoteGiven)
        {
            Error(At(map), $"{subject}: evidence has no quote");
        }

        var fromFile = false;
        if (Child(map, "source") is null)
        {
            // Without its own source an item falls back on the file's, like a plain quote.
            source = _file.Source;
            fromFile = true;
            if (source is null && !_fileSourceWritten)
            {
                Error(At(map), $"{subject}: evidence has no source and the file has no 'source:'");
            }
        }

        return source is null || quote is null ? null : Entry(source, quote, fromFile);
    }

    private EvidenceEntry Entry(Located source, Located quote, bool fromFileSource) =>
        new(_shared.Evidence(source.Value, quote.Value), source.At, quote.At, fromFileSource);

    private Located? Quote(YamlValue node, string subject)
    {
        if (node is not YamlScalar scalar)
        {
            WrongShape(node, $"{subject}: quote", "a string");
            return null;
        }

        var quote = QuoteText.Normalize(IsNull(scalar) ? string.Empty : scalar.Value ?? string.Empty);
        if (quote.Length == 0)
        {
            Error(At(node), $"{subject}: quote is empty");
            return null;
        }

        if (quote.Length > Evidence.MaxQuoteLength)
        {
            Error(At(node), $"{subject}: quote is {quote.Length} characters long; at most {Evidence.MaxQuoteLength} are allowed: \"{QuoteText.Excerpt(quote)}\"");
            return null;
        }

        // Not shared on its own: the evidence item that carries it is (SharedValues.Evidence).
        return new Located(quote, At(node));
    }
}

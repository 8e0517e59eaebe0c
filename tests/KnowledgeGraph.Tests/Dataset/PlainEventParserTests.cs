using KnowledgeGraph.Dataset;
using Xunit;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace KnowledgeGraph.Tests;

/// <summary>
/// The scanner-fed event reader gives what YamlDotNet's parser gives for plain files, positions included, and gives
/// up on everything else so the file is read by YamlDotNet's parser instead.
/// </summary>
public sealed class PlainEventParserTests
{
    public static TheoryData<string> CuratedFiles => new(DatasetFiles.Embedded().Select(f => f.Name));

    [Theory]
    [MemberData(nameof(CuratedFiles))]
    public void A_curated_file_reads_as_yamldotnet_reads_it(string name)
    {
        var text = DatasetFiles.Embedded().Single(f => f.Name == name).Text;

        Assert.Equal(Events(new Parser(new StringReader(text))), Events(new PlainEventParser(new StringReader(text))));
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    [InlineData("a: 1\n")]
    [InlineData("source: source:x\nnodes:\n  - id: hazard:dust\n    aliases: [Dust, 'Grit', \"Coal\",]\n    evidence:\n      - \"A quote.\"\n")]
    [InlineData("relationships:\n  - from: a\n    evidence:\n      - source: s\n        quote: >-\n          folded\n          text\n")]
    [InlineData("list:\n  - - nested\n    - again\n  - []\n")]
    [InlineData("? a\n: 1\n")]
    public void Plain_yaml_reads_as_yamldotnet_reads_it(string text) =>
        Assert.Equal(Events(new Parser(new StringReader(text))), Events(new PlainEventParser(new StringReader(text))));

    [Theory]
    [InlineData("a:\nb: 1\n")]
    [InlineData("a:\n- 1\n")]
    [InlineData("a: &x 1\nb: *x\n")]
    [InlineData("a: !tag 1\n")]
    [InlineData("---\na: 1\n")]
    [InlineData("a: 1\n---\nb: 2\n")]
    [InlineData("%YAML 1.2\n---\na: 1\n")]
    [InlineData("a: {b: 1}\n")]
    [InlineData("a: [b: 1]\n")]
    [InlineData("- 1\n-\n")]
    public void Anything_else_is_left_to_yamldotnet(string text)
    {
        Assert.NotEmpty(Events(new Parser(new StringReader(text))));

        Assert.Throws<YamlTreeReader.NotPlainException>(() => Events(new PlainEventParser(new StringReader(text))));
    }

    [Fact]
    public void A_syntax_error_is_yamldotnets()
    {
        const string text = "a: 'open\n";

        var expected = Assert.ThrowsAny<YamlException>(() => Events(new Parser(new StringReader(text))));

        var error = Assert.ThrowsAny<YamlException>(() => Events(new PlainEventParser(new StringReader(text))));
        Assert.Equal(expected.Message, error.Message);
        Assert.Equal(expected.Start, error.Start);
    }

    // What the dataset reader uses of an event: its kind, position, and a scalar's text and style.
    private static List<string> Events(IParser parser)
    {
        List<string> events = [];
        while (parser.MoveNext())
        {
            var e = parser.Current!;
            var detail = e switch
            {
                Scalar s => $"{s.Value}|{s.Style}|{s.Tag}|{s.Anchor}",
                NodeEvent n => $"{n.Tag}|{n.Anchor}",
                _ => string.Empty,
            };
            events.Add(e is DocumentStart or DocumentEnd or StreamEnd or MappingEnd or SequenceEnd
                ? $"{e.GetType().Name}|{detail}"
                : $"{e.GetType().Name}|{e.Start}|{detail}");
        }

        return events;
    }
}

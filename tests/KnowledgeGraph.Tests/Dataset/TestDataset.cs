using KnowledgeGraph.Dataset;
using Xunit;

namespace KnowledgeGraph.Tests;

/// <summary>
/// A small valid dataset in memory (two sources, four nodes, three relationships over three files) that tests
/// break one way at a time. Immutable: every change gives a new set.
/// </summary>
public sealed class TestDataset
{
    public const string Sources = """
        nodes:
          - id: source:alpha
            name: Alpha report
            kind: DOCUMENT
            title: The Alpha report
            file: alpha.txt
            evidence:
              - source: source:alpha
                quote: "The Alpha report describes dust control in mines."
          - id: source:ref
            name: Reference list
            kind: REFERENCE
            url: https://example.org/list
            evidence:
              - source: source:ref
                quote: "Reference list"

        """;

    public const string Alpha = """
        source: source:alpha
        nodes:
          - id: hazard:dust
            name: Mine dust
            aliases: [Dust]
            category: DUST
            evidence:
              - "Dust is the main hazard in the mines."
          - id: disease:silicosis
            name: Silicosis
            icd10: J62
            evidence:
              - "Dust causes silicosis."
          - id: program:dust-project
            name: Dust Project
            kind: PROJECT
            startDate: "2013"
            endDate: "2015-06"
            evidence:
              - "The Dust Project ran from 2013 to June 2015."
          - id: agency:dol
            name: Department of Labor
            kind: GOVERNMENT
            evidence:
              - "The Department of Labor leads the Dust Project."
        relationships:
          - from: agency:dol
            type: PARTICIPATES_IN
            to: program:dust-project
            role: LEAD
            evidence:
              - "The Department of Labor leads the Dust Project."
          - from: program:dust-project
            type: ADDRESSES
            to: hazard:dust
            evidence:
              - "The Dust Project ran from 2013 to June 2015."

        """;

    public const string Reference = """
        relationships:
          - from: hazard:dust
            type: CAUSES
            to: disease:silicosis
            evidence:
              - source: source:ref
                quote: "silica dust causes silicosis"

        """;

    private readonly SortedDictionary<string, string> _texts;

    private TestDataset(SortedDictionary<string, string> texts) => _texts = texts;

    public static TestDataset Valid { get; } = new(new(StringComparer.Ordinal)
    {
        ["sources.yaml"] = Sources,
        ["alpha.yaml"] = Alpha,
        ["reference.yaml"] = Reference,
    });

    public IReadOnlyList<DatasetFile> Files => _texts.Select(t => new DatasetFile(t.Key, t.Value)).ToArray();

    public string Text(string file) => _texts[file];

    public TestDataset With(string file, string text) => new(new(_texts, StringComparer.Ordinal) { [file] = text });

    /// <summary>Replaces text that must occur exactly once, so a test cannot silently change nothing.</summary>
    public TestDataset Replace(string file, string oldText, string newText)
    {
        Assert.Equal(1, Occurrences(_texts[file], oldText));
        return With(file, _texts[file].Replace(oldText, newText, StringComparison.Ordinal));
    }

    /// <summary>Appends lines to a file (the base files end with a newline).</summary>
    public TestDataset Append(string file, string lines) => With(file, _texts[file] + lines.TrimEnd('\n') + "\n");

    /// <summary>The 1-based line where text that occurs exactly once begins.</summary>
    public int LineOf(string file, string needle)
    {
        var text = _texts[file];
        Assert.True(Occurrences(text, needle) == 1, $"'{needle}' should occur exactly once in {file}:\n{text}");
        return text[..text.IndexOf(needle, StringComparison.Ordinal)].Count(c => c == '\n') + 1;
    }

    public DatasetLoadResult Load(string? corpus) => DatasetLoader.Load(Files, corpus);

    private static int Occurrences(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}

using Xunit;

namespace KnowledgeGraph.Tests;

/// <summary>The loader never stops at the first error: a curator sees every mistake in one run.</summary>
public sealed class AllErrorsAtOnceTests
{
    [Fact]
    public void Three_mistakes_in_one_file_give_three_errors_in_line_order()
    {
        var dataset = TestDataset.Valid
            .Replace("alpha.yaml", "    category: DUST\n", "    category: DUST\n    colour: grey\n")
            .Replace("alpha.yaml", "kind: PROJECT", "kind: PILOT")
            .Replace("alpha.yaml", "to: hazard:dust", "to: hazard:noise");

        var result = dataset.Load(null);

        Assert.Null(result.Dataset);
        Assert.Collection(
            result.Errors,
            e => Assert.Equal(("alpha.yaml", dataset.LineOf("alpha.yaml", "colour: grey")), (e.File, e.Line)),
            e => Assert.Equal(("alpha.yaml", dataset.LineOf("alpha.yaml", "kind: PILOT")), (e.File, e.Line)),
            e => Assert.Equal(("alpha.yaml", dataset.LineOf("alpha.yaml", "to: hazard:noise")), (e.File, e.Line)));
        Assert.Contains("unknown property 'colour'", result.Errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("'PILOT' is not a ProgramKind", result.Errors[1].Message, StringComparison.Ordinal);
        Assert.Contains("'hazard:noise' is not defined", result.Errors[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quote_missing_from_its_document_is_reported_at_every_fact_that_cites_it()
    {
        // Two facts cite the same missing quote; a third cites a quote that another fact already cited and found.
        var dataset = TestDataset.Valid
            .Replace("alpha.yaml", "- \"Dust is the main hazard in the mines.\"", "- \"Dust is everywhere.\"")
            .Replace("alpha.yaml", "- \"Dust causes silicosis.\"", "- \"Dust is everywhere.\"\n      - \"The Dust Project ran from 2013 to June 2015.\"");
        using var corpus = new TestCorpus();

        var result = dataset.Load(corpus.Path);

        Assert.Null(result.Dataset);
        var quotes = result.Errors.Where(e => e.Message.Contains("quote not found verbatim", StringComparison.Ordinal)).ToArray();
        Assert.Equal(2, quotes.Length);
        Assert.All(quotes, e => Assert.Contains("\"Dust is everywhere.\"", e.Message, StringComparison.Ordinal));
        Assert.NotEqual(quotes[0].Line, quotes[1].Line);
        Assert.Equal(2, result.Errors.Count);
    }

    [Fact]
    public void Mistakes_in_several_files_are_all_reported_in_file_order()
    {
        var dataset = TestDataset.Valid
            .Replace("sources.yaml", "https://example.org/list", "example.org/list")
            .Replace("reference.yaml", "type: CAUSES", "type: LEADS_TO")
            .Replace("alpha.yaml", "icd10: J62", "icd10: j62");

        var result = dataset.Load(null);

        Assert.Equal(["alpha.yaml", "reference.yaml", "sources.yaml"], result.Errors.Select(e => e.File));
    }

    [Fact]
    public void Errors_read_as_file_line_column_message()
    {
        var result = TestDataset.Valid.Replace("alpha.yaml", "kind: PROJECT", "kind: PILOT").Load(null);

        var error = Assert.Single(result.Errors);
        Assert.StartsWith($"alpha.yaml:{error.Line}:{error.Column}: program:dust-project: kind 'PILOT'", error.ToString(), StringComparison.Ordinal);
    }
}

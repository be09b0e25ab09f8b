using System.Threading;
using FactsGen.Articles;
using FactsGen.Model;
using FactsGen.Parsing;
using FactsGen.Schema;
using FactsGen.Support;

namespace FactsGen.Tests.Support;

/// <summary>
/// The mention search (docs/fact-files.md §12) on hostile input: it counts the characters it examines, and the
/// count stays linear in the text (a phrase found everywhere but never on a word boundary, a
/// self-repeating phrase), and a file whose names and quotes would multiply past the budget is
/// refused (FG0015) instead of hanging the IDE. Counts work; no timing.
/// </summary>
public class MentionSearchWorkTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(8)]
    [InlineData(60)] // short: IndexOf, restarted after each occurrence
    [InlineData(300)] // long and self-repeating: Knuth–Morris–Pratt, its partial match kept between occurrences
    public void PhraseFoundEverywhereButNeverOnAWordBoundaryIsLinear(int phraseLength)
    {
        var text = new string('a', 200_000);
        var phrase = new string('a', phraseLength);
        long work = 0;

        Assert.False(Mentions.IsIn(text, new QuoteSearch(phrase), phrase.Length, ref work));

        // Every position is an occurrence, none on a boundary; each character is looked at a bounded number of times.
        Assert.True(work <= 3L * text.Length, $"work {work} for a text of {text.Length}");
    }

    [Fact]
    public void LongRepetitivePhraseAgainstARepetitiveTextIsLinear()
    {
        var text = string.Concat(Enumerable.Repeat("ab", 100_000)) + " abab";
        var phrase = string.Concat(Enumerable.Repeat("ab", 500)) + "c";
        long work = 0;

        Assert.False(Mentions.IsIn(text, new QuoteSearch(phrase), phrase.Length, ref work));
        Assert.True(work <= 2L * text.Length, $"work {work} for a text of {text.Length}");
    }

    [Fact]
    public void WorkIsCountedAndTheMentionFoundAtTheEnd()
    {
        var text = new string('a', 10_000) + " wagner";
        long work = 0;

        Assert.True(Mentions.IsIn(text, new QuoteSearch("wagner"), "wagner".Length, ref work));
        Assert.InRange(work, text.Length - 10, 3L * text.Length);
    }

    [Fact]
    public void ManyLongAliasesAgainstLongQuotesAreRefusedWithinTheBudget()
    {
        // One actor with 1,000 aliases of 300 characters, cited by a record with long quotes: a
        // naive search would examine billions of characters.
        var alias = new string('x', 299);
        var aliases = string.Join(", ", Enumerable.Range(0, 1_000).Select(i => $"\"{alias}{i % 10}\""));
        var quote = new string('x', 20_000);
        var yaml = $$"""
            actors:
              - id: many
                name: Many
                kind: state
                aliases: [{{aliases}}]
                sources: [{article: a, line: 1, quote: "Many"}]
            sanctions:
              - id: s
                imposed-by: many
                targets: [many]
                sources: [{article: a, line: 1, quote: "{{quote}}"}, {article: a, line: 2, quote: "{{quote}}"}]
            """;
        var file = FactFileParser.Parse("/facts/hostile.yaml", yaml, FactSchema.BuiltIn, CancellationToken.None);
        Assert.Empty(file.Diagnostics);
        var names = new NameTable(new[] { FileNames.Of(file, FactSchema.BuiltIn) }.ToEquatableArray());

        const long Budget = 5_000_000;
        var (diagnostics, work) = SupportChecker.Run(file, FactSchema.BuiltIn, names, CancellationToken.None, Budget);

        // Refused once, at the value it could not finish; the work stayed within one search of the budget.
        var refused = Assert.Single(diagnostics);
        Assert.Equal("FG0015", refused.Id);
        Assert.Contains("would take too long", refused.Arguments[0], StringComparison.Ordinal);
        Assert.InRange(work, Budget, Budget + (3L * quote.Length));
    }

    [Fact]
    public void ARealisticRecordStaysFarBelowTheBudget()
    {
        const string Yaml = """
            actors:
              - id: ecowas
                name: ECOWAS
                kind: intergovernmental
                aliases: [Economic Community of West African States, the bloc]
                sources: [{article: a, line: 1, quote: "ECOWAS leaders met"}]
            sanctions:
              - id: s
                imposed-by: ecowas
                targets: [ecowas]
                sources: [{article: a, line: 1, quote: "the bloc imposed sanctions on its own members, the Economic Community of West African States said"}]
            """;
        var file = FactFileParser.Parse("/facts/real.yaml", Yaml, FactSchema.BuiltIn, CancellationToken.None);
        var names = new NameTable(new[] { FileNames.Of(file, FactSchema.BuiltIn) }.ToEquatableArray());

        var (diagnostics, work) = SupportChecker.Run(file, FactSchema.BuiltIn, names, CancellationToken.None);

        Assert.Empty(diagnostics);
        Assert.InRange(work, 1, 2_000);
    }
}

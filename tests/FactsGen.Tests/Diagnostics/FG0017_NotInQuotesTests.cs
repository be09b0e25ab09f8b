using static FactsGen.Tests.Diagnostics.DiagnosticFixture;

namespace FactsGen.Tests.Diagnostics;

/// <summary>
/// FG0017 (docs/fact-files.md §12): a checked value that none of the record's quotes mentions, at the value (the
/// item of a list), naming the words looked for. The quote under test is line 1 of its own article,
/// so that it always passes its own check (docs/fact-files.md §5); the actors cite another article that names them all.
/// </summary>
public class FG0017_NotInQuotesTests
{
    private const string QuotePath = "/project/facts/articles/a.txt";
    private const string NamesPath = "/project/facts/articles/names.txt";
    private const string Names = "ECOWAS, Nigeria, Niger's junta and Wagner are named here.";

    private const string Actors = """
        articles:
          - id: a
            file: articles/a.txt
          - id: names
            file: articles/names.txt
        actors:
          - id: ecowas
            name: ECOWAS
            kind: intergovernmental
            aliases: [Economic Community of West African States]
            sources: [{article: names, line: 1, quote: ECOWAS}]
          - id: nigeria
            name: Nigeria
            kind: state
            sources: [{article: names, line: 1, quote: Nigeria}]
          - id: junta
            name: Niger's junta
            kind: government
            sources: [{article: names, line: 1, quote: "Niger's junta"}]
          - id: wagner
            name: Wagner
            kind: armed-group
            sources: [{article: names, line: 1, quote: Wagner}]
        """;

    private static FactRun RunQuote(string quote, string yaml) =>
        RunExactly((QuotePath, quote), (NamesPath, Names), (BasePath, Actors), (TestPath, yaml));

    /// <summary>A sanction (imposed-by at 3:17, targets' first item at 4:15) citing the quote.</summary>
    private static string Sanction(string quote, string imposedBy = "ecowas", string targets = "nigeria") => $$"""
        sanctions:
          - id: s
            imposed-by: {{imposedBy}}
            targets: [{{targets}}]
            sources: [{article: a, line: 1, quote: "{{quote}}"}]
        """;

    /// <summary>A deployment of Wagner (strength at 5:15) citing the quote.</summary>
    private static string Deployment(string quote, string strength) => $$"""
        deployments:
          - id: d
            actor: wagner
            location: Mali
            strength: {{strength}}
            sources: [{article: a, line: 1, quote: "{{quote}}"}]
        """;

    [Fact]
    public void ReferenceNamedInNoQuoteIsReportedAtTheValueWithTheNameAndAliases()
    {
        const string Quote = "Nigeria's central bank imposed sanctions";
        var run = RunQuote(Quote, Sanction(Quote));

        run.Single()
            .AssertAt(run, "FG0017", 3, 17, "ecowas")
            .AssertMessage("'imposed-by: ecowas' is in none of this record's quotes: none mentions 'ECOWAS' or 'Economic Community of West African States' (the name and aliases of actor 'ecowas'). Cite the words that say it, add the words the quote uses to the actor's aliases, or list the field under 'inferred' with the reason");
    }

    [Theory]
    [InlineData("ECOWAS imposed sanctions on Nigeria")] // the name
    [InlineData("the economic community of west african states imposed sanctions on nigeria")] // an alias, in another case
    [InlineData("Nigeria's central bank, for the bloc (ECOWAS), imposed them")] // possessive, parentheses
    [InlineData("ECOWAS\u00A0imposed  sanctions on “Nigeria”")] // normalized as quotes are (docs/fact-files.md §5)
    public void ReferenceMentionedByNameOrAliasIsSupported(string quote)
    {
        var run = RunQuote(quote, Sanction(quote.Replace("“", "\\u201C", StringComparison.Ordinal).Replace("”", "\\u201D", StringComparison.Ordinal)));

        Assert.Empty(run.Diagnostics);
    }

    [Fact]
    public void NigerianDoesNotMentionNigeria()
    {
        const string Quote = "ECOWAS and a Nigerian delegation imposed sanctions";
        var run = RunQuote(Quote, Sanction(Quote));

        run.Single()
            .AssertAt(run, "FG0017", 4, 15, "nigeria")
            .AssertMessage("'targets: nigeria' is in none of this record's quotes: none mentions 'Nigeria' (the name of actor 'nigeria')");
    }

    [Fact]
    public void ListItemIsReportedAtTheItem()
    {
        const string Quote = "ECOWAS imposed sanctions on Nigeria";
        var run = RunQuote(Quote, Sanction(Quote, targets: "nigeria, junta"));

        run.Single()
            .AssertAt(run, "FG0017", 4, 24, "junta")
            .AssertMessage("'targets: junta' is in none of this record's quotes: none mentions 'Niger's junta' (the name of actor 'junta')");
    }

    [Fact]
    public void AnyOfTheRecordsQuotesCounts()
    {
        var yaml = Sanction("ECOWAS imposed sanctions").Replace(
            "sources: [{article: a, line: 1, quote: \"ECOWAS imposed sanctions\"}]",
            "sources: [{article: a, line: 1, quote: \"ECOWAS imposed sanctions\"}, {article: a, line: 2, quote: \"on Nigeria\"}]",
            StringComparison.Ordinal);
        var run = RunQuote("ECOWAS imposed sanctions\non Nigeria", yaml);

        Assert.Empty(run.Diagnostics);
    }

    [Fact]
    public void ActorsNameIsSupportedByItsAliasesToo()
    {
        const string Yaml = """
            actors:
              - id: blinken
                name: Antony Blinken
                kind: person
                aliases: [Blinken, the Secretary]
                sources: [{article: a, line: 1, quote: "the Secretary spoke"}]
              - id: nuland
                name: Victoria Nuland
                kind: person
                aliases: [Nuland]
                sources: [{article: a, line: 1, quote: "the Secretary spoke"}]
            """;
        var run = RunQuote("the Secretary spoke", Yaml);

        run.Single()
            .AssertAt(run, "FG0017", 8, 11, "Victoria Nuland")
            .AssertMessage("'name: Victoria Nuland' is in none of this record's quotes: none mentions 'Victoria Nuland' or 'Nuland' (the actor's name and aliases). Cite the words that say it, add the words the quote uses to the aliases, or list the field under 'inferred' with the reason");
    }

    [Theory]
    [InlineData("5000", "Wagner has 5000 troops")]
    [InlineData("5000", "Wagner has 5,000 troops")]
    [InlineData("5000", "Wagner has 5 000 troops")]
    [InlineData("5000", "Wagner has five thousand troops")]
    [InlineData("5000", "Wagner has Five Thousand troops")]
    [InlineData("5000", "Wagner has 5 thousand troops")]
    [InlineData("~5000", "Wagner has around 5,000 troops")]
    [InlineData("\">=5000\"", "Wagner has 5,000 troops or more")]
    [InlineData("<=5000", "Wagner has up to 5,000 troops")]
    [InlineData("20", "Wagner sent twenty fighters")]
    [InlineData("21", "Wagner sent twenty-one fighters")]
    [InlineData("150", "Wagner sent a hundred and fifty fighters")]
    [InlineData("1500", "Wagner sent fifteen hundred fighters")]
    [InlineData("1500000", "Wagner spent 1.5 million")]
    [InlineData("1000..2000", "Wagner has between 1,000 and 2,000 men")]
    [InlineData("dozens", "Wagner sent dozens of fighters")]
    [InlineData("hundreds", "Wagner sent hundreds of fighters")]
    [InlineData("thousands", "Wagner sent thousands of fighters")]
    public void QuantityInAnyOfItsFormsIsSupported(string strength, string quote)
    {
        var run = RunQuote(quote, Deployment(quote, strength));

        Assert.Empty(run.Diagnostics);
    }

    [Theory]
    [InlineData("500", "Wagner has 5,000 troops", "500 (as '500' or 'five hundred')")] // inside a bigger number
    [InlineData("5", "Wagner has 5,000 troops", "5 (as '5' or 'five')")]
    [InlineData("1500", "Wagner has 15,000 troops", "1500 (as '1500', '1,500', '1 500' or 'one thousand five hundred')")]
    [InlineData("1", "Wagner has 1.5 million", "1 (as '1' or 'one')")] // a decimal is no whole number
    [InlineData("1000..2000", "Wagner has at least 1,000 men", "both 1000 (as '1000', '1,000', '1 000' or 'one thousand') and 2000 (as '2000', '2,000', '2 000' or 'two thousand')")]
    [InlineData("hundreds", "Wagner sent thousands of fighters", "'hundreds'")]
    [InlineData("thousands", "Wagner sent thousand fighters", "'thousands'")]
    public void QuantityNotInTheQuoteNamesTheFormsLookedFor(string strength, string quote, string lookedFor)
    {
        var run = RunQuote(quote, Deployment(quote, strength));

        run.Single()
            .AssertAt(run, "FG0017", 5, 15, strength)
            .AssertMessage($"'strength: {strength}' is in none of this record's quotes: none mentions {lookedFor}. Cite the words that say it, or list the field under 'inferred' with the reason");
    }

    [Fact]
    public void ReferenceThatFG0007ReportsGetsNoFG0017()
    {
        const string Quote = "ECOWAS imposed sanctions on Nigeria";
        var run = RunQuote(Quote, Sanction(Quote, imposedBy: "ecowass"));

        run.Single().AssertAt(run, "FG0007", 3, 17, "ecowass");
    }

    [Fact]
    public void RecordWithoutCitationsGetsNoFG0017()
    {
        var run = RunQuote("unused", Sanction("x").Replace("\n    sources: [{article: a, line: 1, quote: \"x\"}]", string.Empty, StringComparison.Ordinal));

        Assert.Equal(["FG0010", "FG0100"], run.Diagnostics.Select(d => d.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void FieldListedUnderInferredIsNotChecked()
    {
        const string Quote = "Nigeria's central bank imposed sanctions";
        var run = RunQuote(Quote, Sanction(Quote).Replace("    sources:", "    inferred: {imposed-by: \"the bank acts for ECOWAS, says the other article\"}\n    sources:", StringComparison.Ordinal));

        Assert.Empty(run.Diagnostics);
    }

    [Fact]
    public void UncheckedFieldsAreNotChecked()
    {
        // location, personnel, since, countries: not checked for built-in kinds.
        const string Quote = "Wagner has 5,000 troops";
        var yaml = Deployment(Quote, "5000").Replace("location: Mali", "location: Mali\n    countries: [ML]\n    personnel: fighters\n    since: 2021", StringComparison.Ordinal);
        var run = RunQuote(Quote, yaml);

        Assert.Empty(run.Diagnostics);
    }

    /// <summary>A declared kind: <c>place</c> (text, checked by in-quote), <c>size</c> (quantity, checked by default), <c>who</c> (ref actors, checked by default), <c>witness</c> (ref actors, in-quote: false).</summary>
    private const string Kinds = """
        kinds:
          - id: events
            record: Event
            fields:
              - name: place
                type: string
                in-quote: true
              - name: size
                type: quantity
              - name: who
                type: ref actors
              - name: witness
                type: ref actors
                in-quote: false
              - name: note
                type: string
        """;

    private static FactRun RunEvent(string quote, string fields) =>
        RunExactly((QuotePath, quote), (NamesPath, Names), (BasePath, Actors), (OtherPath, Kinds), (TestPath, $$"""
            events:
              - id: e
            {{fields}}
                sources: [{article: a, line: 1, quote: "{{quote}}"}]
            """));

    [Fact]
    public void DeclaredKindsFieldsAreCheckedAsTheirInQuoteSays()
    {
        const string Quote = "Wagner fighters, some 300, were seen in Mali";
        var run = RunEvent(Quote, "    place: Bamako\n    size: 400\n    who: ecowas\n    witness: nigeria\n    note: not in the quote");

        Assert.Collection(
            run.Diagnostics,
            d => d.AssertAt(run, "FG0017", 3, 12, "Bamako").AssertMessage("'place: Bamako' is in none of this record's quotes: none mentions 'Bamako'. Cite the words that say it, or list the field under 'inferred' with the reason"),
            d => d.AssertAt(run, "FG0017", 4, 11, "400").AssertMessage("none mentions 400 (as '400' or 'four hundred')"),
            d => d.AssertAt(run, "FG0017", 5, 10, "ecowas").AssertMessage("none mentions 'ECOWAS' or 'Economic Community of West African States' (the name and aliases of actor 'ecowas')"));
    }

    [Fact]
    public void DeclaredKindsCheckedFieldsInTheQuoteAreSupported()
    {
        const string Quote = "Wagner fighters, some 300, were seen in Mali";
        var run = RunEvent(Quote, "    place: Mali\n    size: ~300\n    who: wagner\n    witness: nigeria");

        Assert.Empty(run.Diagnostics);
    }
}

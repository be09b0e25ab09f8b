using static FactsGen.Tests.Diagnostics.DiagnosticFixture;

namespace FactsGen.Tests.Diagnostics;

/// <summary>FG0005: invalid value, at the whole bad value, with a message that says how to write it.</summary>
public class FG0005_InvalidValueTests
{
    /// <summary>A valid deployment to mutate (lines 1–12).</summary>
    private const string Deployment = """
        deployments:
          - id: us-niger
            actor: united-states
            location: Niger
            countries: [NE]
            strength: ~1000
            since: 2023-07
            certainty: stated
            sources:
              - {article: a, line: 2, quote: "The US has around 1,000 military forces in Niger"}
        """;

    [Fact]
    public void ValidDeploymentHasNoDiagnostics() => Assert.Empty(Run(Deployment).Diagnostics);

    [Theory]
    [InlineData("Antony_Blinken")]
    [InlineData("antony-blinken-")]
    [InlineData("antony--blinken")]
    [InlineData("2023-blinken")]
    [InlineData("Blinken")]
    public void BadSlug(string id)
    {
        var run = Run(ValidActor.With("id: blinken", "id: " + id));

        run.Single()
            .AssertAt(run, "FG0005", 2, 9, id)
            .AssertMessage($"Invalid 'id': '{id}' is not a valid id", "lower-case words of letters and digits joined by single hyphens", "'wagner-mali-2021'");
    }

    [Theory]
    [InlineData("persn", "person")]
    [InlineData("armed_group", "armed-group")]
    [InlineData("Person", "person")]
    public void EnumSuggestsTheNearestMember(string value, string nearest)
    {
        var run = Run(ValidActor.With("kind: person", "kind: " + value));

        run.Single()
            .AssertAt(run, "FG0005", 4, 11, value)
            .AssertMessage($"Invalid 'kind': '{value}' is not an actor kind; did you mean '{nearest}'? Use one of: person, state, government, military, armed-group, organization, intergovernmental, media");
    }

    [Fact]
    public void EnumItemOfAListIsLocatedAtTheItem()
    {
        var yaml = """
            sanctions:
              - id: ecowas-niger
                imposed-by: united-states
                targets: [united-states]
                instruments: [financial, visa]
                sources:
                  - {article: a, line: 2, quote: "The US"}
            """;
        var run = Run(yaml);

        run.Single()
            .AssertAt(run, "FG0005", 5, 30, "visa")
            .AssertMessage("Invalid 'instruments': 'visa' is not a sanction instrument. Use one of: financial, trade, travel, diplomatic, military, other");
    }

    [Theory]
    [InlineData("2023-02-30", "'2023-02-30' is not a real date: February 2023 has no day 30")]
    [InlineData("2023-13", "'2023-13' is not a real date: month 13 does not exist")]
    [InlineData("0000", "'0000' is not a real date: there is no year 0")]
    [InlineData("July 2023", "'July 2023' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD")]
    [InlineData("2023-7-1", "'2023-7-1' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD")]
    public void BadDate(string value, string message)
    {
        var run = Run(Deployment.With("since: 2023-07", "since: " + value));

        run.Single()
            .AssertAt(run, "FG0005", 7, 12, value)
            .AssertMessage("Invalid 'since': " + message);
    }

    [Theory]
    [InlineData("2023-07-31/2023-08-06")]
    [InlineData("2023-07/2023-08")]
    [InlineData("2022-12/2023-01")]
    [InlineData("2023/2023-08")]
    [InlineData("2023-08-15/2023-08")]
    [InlineData("2023-08-08/2023-08-08")]
    [InlineData("../2023-08-08")]
    [InlineData("2023-07-26/..")]
    [InlineData("../2023")]
    public void IntervalsAreDates(string value) => Assert.Empty(Run(Deployment.With("since: 2023-07", "since: " + value)).Diagnostics);

    [Theory]
    [InlineData("2023-08-03/2023-07", "'2023-08-03/2023-07' is not a date interval: the end 2023-07 is before the start 2023-08-03; write the earlier date first")]
    [InlineData("2023-08-07/2023-08-06", "'2023-08-07/2023-08-06' is not a date interval: the end 2023-08-06 is before the start 2023-08-07")]
    [InlineData("2024/2023-12-31", "the end 2023-12-31 is before the start 2024")]
    [InlineData("../..", "'../..' is open at both ends, which says nothing; give at least one end (e.g. ../2023-08-08 for on or before, 2023-07-26/.. for on or after)")]
    [InlineData("2023-07/2023-13", "'2023-07/2023-13' is not a date interval: its end '2023-13' is not a real date: month 13 does not exist; write a month from 01 to 12")]
    [InlineData("2023-02-30/2023-03", "'2023-02-30/2023-03' is not a date interval: its start '2023-02-30' is not a real date: February 2023 has no day 30")]
    [InlineData("July/2023-08", "'July/2023-08' is not a date interval: its start 'July' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD")]
    [InlineData("2023-07/", "'2023-07/' is not a date interval: write START/END with dates YYYY, YYYY-MM or YYYY-MM-DD and '..' for an open end (e.g. 2023-07-31/2023-08-06, ../2023-08-08, 2023-07-26/..)")]
    [InlineData("/2023-08", "'/2023-08' is not a date interval: write START/END")]
    [InlineData("2023/2024/2025", "'2023/2024/2025' is not a date interval: write START/END")]
    [InlineData("2023-07 / 2023-08", "'2023-07 / 2023-08' is not a date interval: write no spaces around the '/' (e.g. 2023-07/2023-08)")]
    [InlineData(".../2023", "'.../2023' is not a date interval: its start '...' is not a date")]
    [InlineData("2023-07-26/...", "'2023-07-26/...' is not a date interval: its end '...' is not a date")]
    public void BadInterval(string value, string message)
    {
        var run = Run(Deployment.With("since: 2023-07", $"since: \"{value}\""));

        run.Single()
            .AssertAt(run, "FG0005", 7, 12, $"\"{value}\"")
            .AssertMessage($"Invalid 'since': '{value}'", message);
    }

    [Theory]
    [InlineData("1,500", "'1,500' is not a quantity")]
    [InlineData("about 1000", "'about 1000' is not a quantity")]
    [InlineData("2000..1000", "'2000..1000' is not a range: 2000 is greater than 1000")]
    [InlineData("3000000000", "'3000000000' is too large")]
    public void BadQuantity(string value, string message)
    {
        var run = Run(Deployment.With("strength: ~1000", "strength: " + value));

        run.Single()
            .AssertAt(run, "FG0005", 6, 15, value)
            .AssertMessage("Invalid 'strength': " + message);
    }

    [Fact]
    public void QuantityWithSeparatorNamesTheRule()
    {
        var run = Run(Deployment.With("strength: ~1000", "strength: 1,500"));

        run.Single().AssertMessage("write 1500", "digits only, no separators");
    }

    [Fact]
    public void LowerCaseCountrySaysToWriteItUpperCase()
    {
        var run = Run(ValidActor.With("country: US", "country: ne"));

        run.Single()
            .AssertAt(run, "FG0005", 5, 14, "ne")
            .AssertMessage("Invalid 'country': 'ne' must be upper case: write 'NE'");
    }

    [Fact]
    public void UnknownCountryInAListIsLocatedAtTheItem()
    {
        var run = Run(Deployment.With("countries: [NE]", "countries: [NE, XX]"));

        run.Single()
            .AssertAt(run, "FG0005", 5, 21, "XX")
            .AssertMessage("Invalid 'countries': 'XX' is not an ISO 3166-1 alpha-2 country code (e.g. NE, US, RU)");
    }

    [Theory]
    [InlineData("www.example.org/a")]
    [InlineData("ftp://example.org/a")]
    [InlineData("/articles/a")]
    public void BadUrl(string url)
    {
        // The article with the bad URL is still declared and bound, so the citation of it is checked
        // and the actor citing it is generated (referring to an article that is not): still compiles.
        var yaml = $"""
            articles:
              - id: b
                file: articles/a.txt
                url: {url}
            actors:
              - id: blinken
                name: Blinken
                kind: person
                sources:
                  - {"{"}article: b, line: 3, quote: "Blinken spoke to the BBC"{"}"}
            """;
        var run = Run(yaml);

        run.Single()
            .AssertAt(run, "FG0005", 4, 10, url)
            .AssertMessage($"Invalid 'url': '{url}' is not an absolute http(s) URL (e.g. https://example.org/article)");
        Assert.True(run.Emits("Actors", "Blinken"));
    }

    [Fact]
    public void FlowMappingWhereAListIsExpected()
    {
        var run = Run(ValidActor.With("country: US", "aliases: {short: Blinken}"));

        run.Single()
            .AssertAt(run, "FG0005", 5, 14, "{short: Blinken}")
            .AssertMessage("Invalid 'aliases': it is a mapping (key: value pairs); write a list of text");
    }

    [Fact]
    public void BlockMappingWhereAListIsExpected()
    {
        var run = Run(ValidActor.With("country: US", "aliases:\n      short: Blinken\n      full: Tony Blinken"));

        run.Single()
            .AssertAt(run, "FG0005", 6, 7, "short: Blinken\n      full: Tony Blinken")
            .AssertMessage("Invalid 'aliases': it is a mapping (key: value pairs); write a list of text");
    }

    [Fact]
    public void ListWhereOneValueIsExpected()
    {
        var run = Run(ValidActor.With("name: Blinken", "name: [Antony, Blinken]"));

        run.Single()
            .AssertAt(run, "FG0005", 3, 11, "[Antony, Blinken]")
            .AssertMessage("Invalid 'name': it is a list; write text");
    }

    [Fact]
    public void TextWhereCitationsAreExpected()
    {
        var run = Run(ValidActor.With("    sources:\n      - {article: a, line: 3, quote: \"Blinken spoke to the BBC\"}", "    sources: article a, line 3"));

        run.Single()
            .AssertAt(run, "FG0005", 6, 14, "article a, line 3")
            .AssertMessage("Invalid 'sources': it is the text 'article a, line 3'; write a list of citations");
    }

    [Fact]
    public void RecordThatIsNotAMapping()
    {
        var run = Run("actors:\n  - blinken\n");

        run.Single()
            .AssertAt(run, "FG0005", 2, 5, "blinken")
            .AssertMessage("Invalid actor: each item of 'actors' must be a mapping of fields (id: …, …), not the text 'blinken'");
    }

    [Fact]
    public void SectionThatIsNotAList()
    {
        var run = Run("actors: {id: blinken}\n");

        run.Single()
            .AssertAt(run, "FG0005", 1, 9, "{id: blinken}")
            .AssertMessage("Invalid section 'actors': it is a mapping (key: value pairs); write a list of actor records");
    }

    [Fact]
    public void DocumentThatIsNotAMapping()
    {
        var run = Run("- id: blinken\n");

        run.Single()
            .AssertAt(run, "FG0005", 1, 1, "- id: blinken")
            .AssertMessage("Invalid fact document: it is a list; a fact document is a mapping whose keys are sections");
    }

    [Theory]
    [InlineData("three")]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("'3'")]
    public void CitationLineThatIsNotALineNumber(string line)
    {
        var run = Run(ValidActor.With("line: 3", "line: " + line));

        run.Single()
            .AssertAt(run, "FG0005", 7, 28, line)
            .AssertMessage("Invalid citation 'line': ", "is not a line number; write the 1-based line of the article");
    }

    [Fact]
    public void EmptyQuote()
    {
        var run = Run(ValidActor.With("\"Blinken spoke to the BBC\"", "\"  \""));

        run.Single()
            .AssertAt(run, "FG0005", 7, 38, "\"  \"")
            .AssertMessage("Invalid citation 'quote': the quote is empty");
    }

    [Fact]
    public void CitationThatIsNotAMapping()
    {
        var run = Run(ValidActor.With("- {article: a, line: 3, quote: \"Blinken spoke to the BBC\"}", "- a:3"));

        run.Single()
            .AssertAt(run, "FG0005", 7, 9, "a:3")
            .AssertMessage("Invalid citation: it is the text 'a:3'; write { article: <article id>, line: <line number>, quote: \"<text on that line>\" }");
    }

    [Fact]
    public void EmptyTargetsList()
    {
        var yaml = """
            sanctions:
              - id: us-niger
                imposed-by: united-states
                targets: []
                sources:
                  - {article: a, line: 2, quote: "The US"}
            """;
        var run = Run(yaml);

        run.Single()
            .AssertAt(run, "FG0005", 4, 14, "[]")
            .AssertMessage("Invalid 'targets': the list is empty; name at least one actor id(s)");
    }

    [Theory]
    [InlineData("\"\"", "\"\"")]
    [InlineData("\"   \"", "\"   \"")]
    [InlineData("", "country")]
    public void InferredWithAnEmptyReason(string reason, string span)
    {
        var run = Run(ValidActor.With("country: US", "inferred:\n      country: " + reason));

        run.Single()
            .AssertAt(run, "FG0005", 6, span == "country" ? 7 : 16, span)
            .AssertMessage("Invalid reason for inferred 'country': the reason is empty; write why the value holds although no quote says it");
    }

    [Fact]
    public void InferredThatIsNotAMapping()
    {
        var run = Run(ValidActor.With("country: US", "inferred: [country]"));

        run.Single()
            .AssertAt(run, "FG0005", 5, 15, "[country]")
            .AssertMessage("Invalid 'inferred': it is a list; write a mapping from field name to your reason");
    }
}

using static FactsGen.Tests.Diagnostics.DiagnosticFixture;

namespace FactsGen.Tests.Diagnostics;

/// <summary>FG0002: unknown section (top-level key), at the key, with the nearest known section.</summary>
public class FG0002_UnknownSectionTests
{
    [Theory]
    [InlineData("actor", "actors")]
    [InlineData("Actors", "actors")]
    [InlineData("sanction", "sanctions")]
    [InlineData("deploymnets", "deployments")]
    [InlineData("article", "articles")]
    public void SuggestsTheNearestSection(string section, string nearest)
    {
        var run = Run(ValidActor.With("actors:", section + ":"));

        run.Single()
            .AssertAt(run, "FG0002", 1, 1, section)
            .AssertMessage($"Unknown section '{section}'; did you mean '{nearest}'? A fact document's top-level keys are the kinds' sections: articles, actors, deployments, sanctions, kinds");
    }

    [Fact]
    public void NoSuggestionWhenNothingIsNear()
    {
        var run = Run(ValidActor + "\nevents:\n  - id: coup\n");

        run.Single()
            .AssertAt(run, "FG0002", 8, 1, "events")
            .AssertMessage("Unknown section 'events'. A fact document's top-level keys are the kinds' sections: articles, actors, deployments, sanctions, kinds")
            .AssertMessageLacks("did you mean");
    }

    [Fact]
    public void SectionInASecondDocumentIsLocatedInThatDocument()
    {
        var run = Run(ValidActor + "\n---\nactros: []\n");

        run.Single()
            .AssertAt(run, "FG0002", 9, 1, "actros")
            .AssertMessage("did you mean 'actors'?");
    }

    [Fact]
    public void AMisspeltSectionHoldsBackOnlyReferencesToTheKindItMeant()
    {
        // 'sanctons' most likely meant sanctions: a reference to a sanction waits, one to an actor does not.
        var run = Run(ValidActor + """

            sanctons:
              - id: s1
            deployments:
              - id: d1
                actor: blinkn
                location: Niger
                sources:
                  - {article: a, line: 3, quote: "Blinken spoke to the BBC"}
            """);

        Assert.Equal(["FG0002", "FG0007"], run.Diagnostics.Select(d => d.Id).Order());
        Assert.Contains(run.Diagnostics, d => d.Id == "FG0007" && d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("'blinkn'", StringComparison.Ordinal));
    }

    [Fact]
    public void AnUnknownSectionNearNoKindHoldsBackEveryReference()
    {
        var run = Run(ValidActor + """

            events:
              - id: e1
            deployments:
              - id: d1
                actor: blinkn
                location: Niger
                sources:
                  - {article: a, line: 3, quote: "Blinken spoke to the BBC"}
            """);

        Assert.Equal("FG0002", Assert.Single(run.Diagnostics).Id);
    }
}

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
}

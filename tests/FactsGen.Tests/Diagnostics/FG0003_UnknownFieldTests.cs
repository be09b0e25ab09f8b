using static FactsGen.Tests.Diagnostics.DiagnosticFixture;

namespace FactsGen.Tests.Diagnostics;

/// <summary>FG0003: unknown field, at the key, with the nearest known field.</summary>
public class FG0003_UnknownFieldTests
{
    [Fact]
    public void SuggestsTheNearestField()
    {
        var run = Run(ValidActor.With("country: US", "rol: US Secretary of State"));

        run.Single()
            .AssertAt(run, "FG0003", 5, 5, "rol")
            .AssertMessage("Unknown field 'rol' in actor 'blinken'; did you mean 'role'?", "known fields are id, name, kind, role, country, aliases, affiliated-with, sources");
    }

    [Fact]
    public void FieldOfAnotherKindIsUnknownHere()
    {
        var run = Run(ValidActor.With("country: US", "strength: 1500"));

        run.Single()
            .AssertAt(run, "FG0003", 5, 5, "strength")
            .AssertMessage("Unknown field 'strength' in actor 'blinken'")
            .AssertMessageLacks("did you mean");
    }

    [Fact]
    public void UnknownCitationKeyIsReportedAtTheKey()
    {
        var run = Run(ValidActor.With("quote: \"Blinken spoke to the BBC\"}", "quote: \"Blinken spoke to the BBC\", page: 2}"));

        run.Single()
            .AssertAt(run, "FG0003", 7, 67, "page")
            .AssertMessage("Unknown field 'page' in citation", "known fields are article, line, quote");
    }

    [Fact]
    public void MisspelledCitationKeySuggestsTheKey()
    {
        var run = Run(ValidActor.With("quote:", "qoute:"));

        run.Single("FG0003")
            .AssertAt(run, "FG0003", 7, 31, "qoute")
            .AssertMessage("Unknown field 'qoute' in citation; did you mean 'quote'?");
    }
}

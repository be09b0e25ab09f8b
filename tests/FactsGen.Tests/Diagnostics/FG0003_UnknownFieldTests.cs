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
            .AssertMessage("Unknown field 'rol' in actor 'blinken'; did you mean 'role'? Known fields: id, name, kind, role, country, aliases, affiliated-with, sources, inferred");
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
            .AssertAt(run, "FG0003", 7, 66, "page")
            .AssertMessage("Unknown field 'page' in citation. Known fields: article, line, quote")
            .AssertMessageLacks("put that value in quotes");
    }

    [Fact]
    public void MisspelledCitationKeySuggestsTheKey()
    {
        var run = Run(ValidActor.With("quote:", "qoute:"));

        run.Single("FG0003")
            .AssertAt(run, "FG0003", 7, 31, "qoute")
            .AssertMessage("Unknown field 'qoute' in citation; did you mean 'quote'?");

        // One mistake, one diagnostic: the misspelt key is not also reported as a missing 'quote'.
        run.AssertIds("FG0003");
    }

    [Fact]
    public void MisspelledRequiredFieldIsOneDiagnostic()
    {
        var run = Run(ValidActor.With("name:", "nmae:"));

        run.Single("FG0003").AssertMessage("Unknown field 'nmae' in actor 'blinken'; did you mean 'name'?");
        run.AssertIds("FG0003");
    }

    [Fact]
    public void ValueCutByACommaSaysToQuoteIt()
    {
        // In a flow mapping, an unquoted comma ends the value: ", to the BBC" becomes a key of its own.
        var run = Run(ValidActor.With("quote: \"Blinken spoke to the BBC\"", "quote: Blinken spoke, to the BBC"));

        run.Single()
            .AssertAt(run, "FG0003", 7, 53, "to the BBC")
            .AssertMessage("Unknown field 'to the BBC' in citation.", "If it is the rest of the value before it, put that value in quotes: a comma ends an unquoted value inside { } or [ ].");
    }

    [Fact]
    public void InferredNamesAFieldTheKindDoesNotHave()
    {
        var run = Run(ValidActor.With("country: US", "inferred:\n      rol: \"the article names him by his office\""));

        run.Single()
            .AssertAt(run, "FG0003", 6, 7, "rol")
            .AssertMessage("Unknown field 'rol' in 'inferred' of actor 'blinken'; did you mean 'role'? Known fields: name, kind, role, country, aliases, affiliated-with");
    }

    [Fact]
    public void InferredCannotNameTheIdOrTheSources()
    {
        var run = Run(ValidActor.With("country: US", "inferred:\n      sources: \"none needed\""));

        run.Single()
            .AssertAt(run, "FG0003", 6, 7, "sources")
            .AssertMessage("Unknown field 'sources' in 'inferred' of actor 'blinken'");
    }

    [Fact]
    public void MisspeltInferredSuggestsIt()
    {
        var run = Run(ValidActor.With("country: US", "infered:\n      role: \"by his office\""));

        run.Single()
            .AssertAt(run, "FG0003", 5, 5, "infered")
            .AssertMessage("Unknown field 'infered' in actor 'blinken'; did you mean 'inferred'?");
    }
}

using static FactsGen.Tests.Diagnostics.DiagnosticFixture;

namespace FactsGen.Tests.Diagnostics;

/// <summary>FG0009: duplicate key in one mapping, at the later key, naming the first one's line.</summary>
public class FG0009_DuplicateKeyTests
{
    [Fact]
    public void DuplicateFieldNamesTheFirstLine()
    {
        var run = Run(ValidActor.With("country: US", "name: Tony Blinken"));

        run.Single()
            .AssertAt(run, "FG0009", 5, 5, "name")
            .AssertMessage("Duplicate key 'name' in one mapping (first at line 3); keep only one");
    }

    [Fact]
    public void DuplicateCitationKey()
    {
        var run = Run(ValidActor.With("line: 3,", "line: 3, line: 4,"));

        run.Single()
            .AssertAt(run, "FG0009", 7, 31, "line")
            .AssertMessage("Duplicate key 'line' in one mapping (first at line 7)");
    }

    [Fact]
    public void DuplicateSection()
    {
        var run = Run(ValidActor + "\nactors: []\n");

        run.Single()
            .AssertAt(run, "FG0009", 8, 1, "actors")
            .AssertMessage("Duplicate key 'actors' in one mapping (first at line 1)");
    }
}

using System.IO;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using static FactsGen.Tests.Diagnostics.DiagnosticFixture;

namespace FactsGen.Tests.Diagnostics;

/// <summary>
/// FG9999: an exception inside a generator step becomes a diagnostic, not a crash (CS8785).
/// No YAML or article text we could find makes a step throw (every value is validated before use
/// and the YAML reader turns parser exceptions into FG0001/FG0015), so these tests use the one
/// input outside the files' text that can throw: the <see cref="AdditionalText"/> itself, as an
/// IDE's may when the file is locked or deleted while being read. That drives the real guard of
/// the per-file parse step through the public generator API.
/// </summary>
public class FG9999_InternalFaultTests
{
    [Fact]
    public void ExceptionReadingAFactFileBecomesFG9999()
    {
        var texts = new AdditionalText[]
        {
            FG0001_YamlSyntaxTests.Text(ArticlePath, Article),
            FG0001_YamlSyntaxTests.Text(BasePath, BaseYaml),
            new ThrowingText(TestPath, new IOException("The process cannot access the file because it is being used by another process.")),
        };
        var run = RunAdditionalTexts(texts, (TestPath, string.Empty), (BasePath, BaseYaml));

        run.Single()
            .AssertAt(run, "FG9999", 1, 1, string.Empty)
            .AssertMessage("FactsGen hit an internal fault while reading test.yaml: System.IO.IOException: The process cannot access the file because it is being used by another process.; please report it with the fact file that triggers it");

        // The rest of the fact base is still generated.
        Assert.True(run.Emits("Actors", "Wagner"));
    }

    [Fact]
    public void MessageIsKeptOnOneLine()
    {
        var texts = new AdditionalText[] { new ThrowingText(TestPath, new InvalidOperationException("first line\r\nsecond line\nthird")) };
        var run = RunAdditionalTexts(texts, (TestPath, string.Empty));

        run.Single()
            .AssertAt(run, "FG9999", 1, 1, string.Empty)
            .AssertMessage("System.InvalidOperationException: first line  second line third;");
    }

    [Fact]
    public void ExceptionReadingAnArticleIsNoCrash()
    {
        // The article reads as empty (as a null text does), so its citations say something is wrong.
        var texts = new AdditionalText[]
        {
            new ThrowingText(ArticlePath, new IOException("locked")),
            FG0001_YamlSyntaxTests.Text(BasePath, BaseYaml),
        };
        var run = RunAdditionalTexts(texts, (BasePath, BaseYaml));

        Assert.Collection(
            run.Diagnostics,
            d => d.AssertAt(run, "FG0013", 9, 38, "\"Wagner fighters\"", path: BasePath),
            d => d.AssertAt(run, "FG0012", 15, 28, "2", path: BasePath).AssertMessage("article 'a' has 1 line(s)"));
    }

    [Fact]
    public void CancellationIsNotAFault()
    {
        var texts = new AdditionalText[] { new ThrowingText(TestPath, new OperationCanceledException()) };
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        var driver = Infrastructure.GeneratorHarness.CreateDriver(texts);
        Assert.ThrowsAny<OperationCanceledException>(() => driver.RunGenerators(Infrastructure.GeneratorHarness.CreateCompilation(), cancelled.Token));
    }

    private sealed class ThrowingText(string path, Exception exception) : AdditionalText
    {
        public override string Path => path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => throw exception;
    }
}

/// <summary>
/// The guard itself, through the generator's internal API: any step that throws yields FG9999 with
/// the activity, the exception's type and its message; cancellation passes through.
/// </summary>
public class FG9999_GuardTests
{
    [Fact]
    public void ExceptionInAStepBecomesFG9999WithTypeAndMessage()
    {
        var location = Model.LocationInfo.FileStart(TestPath);

        var diagnostic = FactBaseSteps.Guard<FactsGen.Diagnostics.DiagnosticInfo?>(
            CancellationToken.None,
            () => throw new KeyNotFoundException("no such key"),
            e => FactBaseSteps.Fault("checking quotes of test.yaml", e, location));

        Assert.NotNull(diagnostic);
        Assert.Equal("FG9999", diagnostic.Id);
        Assert.Equal(location, diagnostic.Location);
        Assert.Equal("FactsGen hit an internal fault while checking quotes of test.yaml: System.Collections.Generic.KeyNotFoundException: no such key; please report it with the fact file that triggers it", diagnostic.Message);
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Error, diagnostic.ToDiagnostic().Severity);
    }

    [Fact]
    public void FaultInTheCrossFileStepHasNoLocation()
    {
        var diagnostic = Assert.Single(FactBaseSteps.FaultyIndex(new InvalidOperationException("boom")).Diagnostics);

        Assert.Equal("FG9999", diagnostic.Id);
        Assert.Null(diagnostic.Location);
        Assert.Contains("while checking the fact base: System.InvalidOperationException: boom;", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CancellationPassesThrough()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() => FactBaseSteps.Guard<int>(cancelled.Token, () => throw new OperationCanceledException(cancelled.Token), _ => 0));
    }

    [Fact]
    public void OperationCanceledWithoutCancellationIsAFault()
    {
        // A step's own OperationCanceledException (not ours) is a fault, not a cancellation.
        Assert.Equal(-1, FactBaseSteps.Guard(CancellationToken.None, () => throw new OperationCanceledException(), _ => -1));
    }
}

using FactsGen.Tests.Infrastructure;

namespace FactsGen.Tests;

public class SmokeTests
{
    [Fact]
    public void RealFactsGenerateAndCompileClean()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.RealFacts());
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
    }
}

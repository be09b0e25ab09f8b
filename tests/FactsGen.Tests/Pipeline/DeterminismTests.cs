using FactsGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace FactsGen.Tests.Pipeline;

/// <summary>Same input, byte-identical output, whatever order the files arrive in.</summary>
public class DeterminismTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void ShuffledFilesGiveIdenticalOutput(int seed)
    {
        var files = GeneratorHarness.RealFacts();
        var shuffled = files.Select((f, i) => (f, k: new Random(seed * 7919 + i).Next())).OrderBy(p => p.k).Select(p => p.f).ToList();
        Assert.NotEqual(files.Select(f => f.Path), shuffled.Select(f => f.Path));

        Assert.Equal(Output(files), Output(shuffled));
    }

    [Fact]
    public void DiagnosticsDoNotDependOnFileOrder()
    {
        var files = new List<AdditionalText>
        {
            new InMemoryAdditionalText("/project/facts/articles/a.txt", FocusedInputs.ArticleText),
            new InMemoryAdditionalText("/project/facts/broken.yaml", FocusedInputs.Broken),
            new InMemoryAdditionalText("/project/facts/all.yaml", FocusedInputs.EveryValueType),
        };

        static string Diagnostics(IEnumerable<AdditionalText> f) =>
            string.Join("\n", GeneratorHarness.Run(f).Diagnostics.Select(d => d.ToString()));

        Assert.Equal(Diagnostics(files), Diagnostics(Enumerable.Reverse(files)));
    }

    private static IReadOnlyList<(string HintName, string Bytes)> Output(IEnumerable<AdditionalText> files) =>
        GeneratorHarness.Run(files).Result.Results.Single().GeneratedSources
            .OrderBy(s => s.HintName, StringComparer.Ordinal)
            .Select(s => (s.HintName, Convert.ToHexString(System.Text.Encoding.UTF8.GetBytes(s.SourceText.ToString()))))
            .ToList();
}

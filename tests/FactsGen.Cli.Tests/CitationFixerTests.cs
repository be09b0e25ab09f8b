using FactsGen.Tooling.Engine;
using FactsGen.Tooling.Files;
using FactsGen.Cli.Fixing;
using FactsGen.Cli.Tests.Infrastructure;

namespace FactsGen.Cli.Tests;

/// <summary>The re-anchoring as data, as the language server's "cite line N instead" reads it: no console, no disk writes.</summary>
public sealed class CitationFixerTests : IDisposable
{
    private readonly Scratch _scratch = new();

    public void Dispose() => _scratch.Dispose();

    [Fact]
    public void Plan_GivesEditsOverTheLineDigits_AndTheReasonsForTheRest()
    {
        MiniBase.Write(_scratch);
        var files = Directory.EnumerateFiles(_scratch.Facts, "*", SearchOption.AllDirectories)
            .Select(p => new FactBaseFile(p, File.ReadAllText(p)))
            .ToList();
        var text = files.Single(f => f.Path.EndsWith("facts.yaml", StringComparison.Ordinal)).Text;

        var plan = CitationFixer.Plan(FactBaseState.CheckOnce(files), files);

        Assert.Equal([(3, 1, "FG0013"), (1, 2, "FG0013"), (99, 4, "FG0012")], plan.Edits.Select(e => (e.OldLine, e.NewLine, e.DiagnosticId)));
        Assert.All(plan.Edits, e => Assert.Equal(e.OldLine.ToString(System.Globalization.CultureInfo.InvariantCulture), text.Substring(e.Offset, e.Length)));
        Assert.All(plan.Edits, e => Assert.Equal(e.Offset, e.Location.Start));
        Assert.Equal([UnfixableReason.SeveralLines, UnfixableReason.NotFound], plan.Unfixable.Select(u => u.Reason));
        Assert.Equal([3, 4], plan.Unfixable[0].Lines.ToArray());
        Assert.Equal(1, plan.Unfixable[1].Closest!.Line);

        var fixedText = CitationFixer.Apply(files.Single(f => f.Text == text).Path, text, plan.Edits);
        var refixed = files.Select(f => f.Text == text ? f with { Text = fixedText } : f).ToList();
        var second = CitationFixer.Plan(FactBaseState.CheckOnce(refixed), refixed);
        Assert.Empty(second.Edits);
        Assert.Equal(plan.Unfixable.Select(u => u.Reason), second.Unfixable.Select(u => u.Reason));
    }
}

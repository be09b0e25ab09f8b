using FactsGen.Snapshots;
using FactsGen.Tests.Infrastructure;

namespace FactsGen.Tests.Snapshots;

/// <summary>
/// Snapshots of what the generator emits, one <c>*.verified.cs</c> per generated file and the
/// diagnostics in <c>*.verified.txt</c> (Verify.SourceGenerators' conventions; accept with
/// FACTSGEN_ACCEPT_SNAPSHOTS=1).
/// </summary>
public class GeneratedSourceSnapshotTests
{
    /// <summary>
    /// A fact file's own source: its facts' data, <c>[Provenance]</c> and doc comments. The shared
    /// types (records, catalogs, value types) are <see cref="RealFactBase"/>'s; in a focused scenario
    /// its catalogs differ from the real base's only in counts and holder names.
    /// </summary>
    private static bool IsFactFileSource(Microsoft.CodeAnalysis.GeneratedSourceResult source) =>
        source.HintName.StartsWith("Facts.", StringComparison.Ordinal);

    /// <summary>
    /// What the declared-kinds scenario is about: the declared kinds' types and catalogs (Event,
    /// Statement), and the built-in record that gains reverses from them (Actor).
    /// </summary>
    private static readonly HashSet<string> DeclaredKindsFiles = new(StringComparer.Ordinal)
    {
        "FactsGen.Kind.Event.g.cs", "FactsGen.Catalog.Events.g.cs",
        "FactsGen.Kind.Statement.g.cs", "FactsGen.Catalog.Statements.g.cs",
        "FactsGen.Kind.Actor.g.cs",
    };

    /// <summary>
    /// What the claims scenario is about: its fact files (the facts' data, and each claim's
    /// <c>[Provenance]</c> and doc comment on the catalog properties) and the declared kind with a
    /// disputable field; the built-in records' claims members are the same as <see cref="RealFactBase"/>'s,
    /// and the catalog classes hold nothing about claims.
    /// </summary>
    private static bool IsAboutClaims(Microsoft.CodeAnalysis.GeneratedSourceResult source) =>
        IsFactFileSource(source) || source.HintName == "FactsGen.Kind.Event.g.cs";

    [Fact]
    public Task RealFactBase()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.RealFacts());
        return Verifier.Verify(run.Driver).UseDirectory("Verified");
    }

    [Fact]
    public Task EveryValueType()
    {
        var run = GeneratorHarness.Run(
            ("/project/facts/articles/a.txt", FocusedInputs.ArticleText),
            ("/project/facts/all.yaml", FocusedInputs.EveryValueType));
        Assert.Empty(run.Diagnostics);
        return Verifier.Verify(run.Driver).UseDirectory("Verified").IgnoreGeneratedResult(source => !IsFactFileSource(source));
    }

    [Fact]
    public Task BrokenFactFile()
    {
        var run = GeneratorHarness.Run(
            ("/project/facts/articles/a.txt", FocusedInputs.ArticleText),
            ("/project/facts/broken.yaml", FocusedInputs.Broken));
        Assert.NotEmpty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
        return Verifier.Verify(run.Driver).UseDirectory("Verified").IgnoreGeneratedResult(source => !IsFactFileSource(source));
    }

    /// <summary>
    /// Declared kinds (docs/fact-files.md §6): their record, id, enum and data reader (FactsGen.Kind.*), their
    /// catalogs, the facts, and the built-in record that gains reverses from them.
    /// </summary>
    [Fact]
    public Task DeclaredKinds()
    {
        var run = GeneratorHarness.Run(
            ("/project/facts/articles/a.txt", Emit.DeclaredKindApiTests.Article),
            ("/project/facts/a-base.yaml", Emit.DeclaredKindApiTests.BaseYaml),
            ("/project/facts/b-events.yaml", Emit.DeclaredKindApiTests.EventsB),
            ("/project/facts/c-events.yaml", Emit.DeclaredKindApiTests.EventsC),
            ("/project/facts/kinds.yaml", Emit.DeclaredKindApiTests.KindsYaml));
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
        return Verifier.Verify(run.Driver).UseDirectory("Verified")
            .IgnoreGeneratedResult(s => !IsFactFileSource(s) && !DeclaredKindsFiles.Contains(s.HintName));
    }

    /// <summary>
    /// Disputed values (docs/fact-files.md §14): claims on built-in and declared fields, with ranks, a note, a
    /// list value and a claim's own <c>inferred</c>; the records' claims members and the facts' data,
    /// <c>[Provenance]</c> and doc comments. <see cref="RealFactBase"/> covers <c>Claim&lt;T&gt;</c> itself.
    /// </summary>
    [Fact]
    public Task Claims()
    {
        var run = GeneratorHarness.Run(
            ("/project/facts/articles/a.txt", Emit.ClaimsApiTests.Article),
            ("/project/facts/base.yaml", Emit.ClaimsApiTests.Yaml),
            ("/project/facts/kinds.yaml", Emit.ClaimsApiTests.KindsYaml));
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
        return Verifier.Verify(run.Driver).UseDirectory("Verified")
            .IgnoreGeneratedResult(s => !IsAboutClaims(s));
    }

    /// <summary>Dates as windows: their English in the records' doc comments and their spelling in the data (the fact file's source only).</summary>
    [Fact]
    public Task DateIntervals()
    {
        var run = GeneratorHarness.Run(
            ("/project/facts/articles/a.txt", FocusedInputs.ArticleText),
            ("/project/facts/windows.yaml", DateWindows));
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
        return Verifier.Verify(run.Driver).UseDirectory("Verified")
            .IgnoreGeneratedResult(s => !s.HintName.StartsWith("Facts.windows_yaml.", StringComparison.Ordinal));
    }

    private const string DateWindows = """
        articles:
          - id: a
            file: articles/a.txt
        actors:
          - {id: nigeria, name: Nigeria, kind: state, sources: [{article: a, line: 4, quote: "Nigeria's central bank"}]}
          - {id: niger, name: Niger, kind: state, sources: [{article: a, line: 4, quote: "sanctions on Niger"}]}
        sanctions:
          - {id: week, imposed-by: nigeria, targets: niger, date: 2023-07-31/2023-08-06, sources: [{article: a, line: 4, quote: "Nigeria's central bank imposed sanctions on Niger"}]}
          - {id: months, imposed-by: nigeria, targets: niger, date: 2023-07/2023-08, sources: [{article: a, line: 4, quote: "Nigeria's central bank imposed sanctions on Niger"}]}
          - {id: turn-of-year, imposed-by: nigeria, targets: niger, date: 2022-12/2023-01, sources: [{article: a, line: 4, quote: "Nigeria's central bank imposed sanctions on Niger"}]}
          - {id: before, imposed-by: nigeria, targets: niger, date: ../2023-08-08, sources: [{article: a, line: 4, quote: "Nigeria's central bank imposed sanctions on Niger"}]}
          - {id: after, imposed-by: nigeria, targets: niger, date: 2023-07-26/.., sources: [{article: a, line: 4, quote: "Nigeria's central bank imposed sanctions on Niger"}]}
          - {id: day, imposed-by: nigeria, targets: niger, date: 2023-08-09, sources: [{article: a, line: 4, quote: "Nigeria's central bank imposed sanctions on Niger"}]}
        """;

    [Fact]
    public Task HostileStrings()
    {
        var run = GeneratorHarness.Run(
            ("/project/facts/articles/a.txt", FocusedInputs.ArticleText),
            ("/project/facts/hostile.yaml", FocusedInputs.Hostile));
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
        return Verifier.Verify(run.Driver).UseDirectory("Verified").IgnoreGeneratedResult(source => !IsFactFileSource(source));
    }
}

using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using System.Threading;
using FactsGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace FactsGen.FuzzTests.Fuzzing;

/// <summary>What one generator run over one input gave.</summary>
public sealed record OracleRun(
    GeneratorDriverRunResult Result,
    IReadOnlyList<Diagnostic> Diagnostics,
    TimeSpan Elapsed,
    IReadOnlyList<Diagnostic>? CompileProblems)
{
    public bool HasFgError => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error && d.Id.StartsWith("FG", StringComparison.Ordinal));

    public string DiagnosticsText => string.Join("\n", Diagnostics.Select(d => d.ToString()));
}

/// <summary>
/// The fuzz oracle. For any input: no exception escapes the generator (no CS8785, no FG9999, which
/// means a bug), the run stays within <see cref="Bound"/>, every diagnostic's message formats and its
/// span lies in its file, and either an FG error is reported or the generated code compiles with no
/// error or warning (warnings are errors, XML doc checked). Compiling is the slow part, so it runs
/// only when there is no FG error, and once per distinct set of generated sources.
/// </summary>
public static class GeneratorOracle
{
    /// <summary>The consumer compilation every run uses (one reference set, bound once).</summary>
    public static Compilation Empty { get; } = GeneratorHarness.CreateCompilation();
    private static readonly IReadOnlyDictionary<string, string> Properties = new Dictionary<string, string> { ["FactsNamespace"] = GeneratorHarness.Namespace, ["ProjectDir"] = FactBase.ProjectDir, ["FactsGenProvenanceAttributes"] = "true" }; // the attributes on: more C# literals for the injection oracle
    private static int s_warmedUp;

    /// <summary>The hang guard per input: generous (CI is a loaded 2-core box); FACTSGEN_FUZZ_BOUND_MS overrides it.</summary>
    public static TimeSpan Bound { get; } = TimeSpan.FromMilliseconds(FuzzSettings.BoundMilliseconds);

    /// <summary>Runs the generator once, as the compiler does, timing only the generator.</summary>
    public static OracleRun Run(IEnumerable<AdditionalText> texts, bool compile = true, CancellationToken cancellationToken = default)
    {
        WarmUp();
        var driver = CSharpGeneratorDriver.Create(
            [new FactsGenerator().AsSourceGenerator()],
            texts,
            GeneratorHarness.ParseOptions,
            new TestOptionsProvider(Properties),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));
        var watch = Stopwatch.StartNew();
        var ran = driver.RunGenerators(Empty, cancellationToken);
        watch.Stop();
        var result = ran.GetRunResult();
        var diagnostics = result.Diagnostics
            .OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToList();
        var run = new OracleRun(result, diagnostics, watch.Elapsed, null);
        return compile && !run.HasFgError ? run with { CompileProblems = Compile(result) } : run;
    }

    /// <summary>Null when the run is acceptable, else what is wrong (for the failure message).</summary>
    public static string? Check(OracleRun run, IReadOnlyDictionary<string, string> texts)
    {
        var problems = new List<string>();
        foreach (var generator in run.Result.Results)
        {
            if (generator.Exception is not null)
            {
                problems.Add("an exception escaped the generator: " + generator.Exception);
            }
        }

        foreach (var d in run.Diagnostics)
        {
            if (!d.Id.StartsWith("FG", StringComparison.Ordinal))
            {
                problems.Add($"a non-FG diagnostic (the generator crashed or misbehaved): {d}");
            }
            else if (d.Id == "FG9999")
            {
                problems.Add($"an internal fault (FG9999 means a bug): {d}");
            }

            string message;
            try
            {
                message = d.GetMessage(CultureInfo.InvariantCulture);
            }
            catch (FormatException e)
            {
                problems.Add($"{d.Id}: the message does not format: {e.Message}");
                continue;
            }

            if (message.Trim().Length == 0)
            {
                problems.Add($"{d.Id}: empty message");
            }
            else if (!FixPhrases.Any(p => message.Contains(p, StringComparison.OrdinalIgnoreCase)))
            {
                problems.Add($"{d.Id}: the message does not say how to fix it: {message}");
            }

            var location = d.Location;
            if (location.Kind == LocationKind.ExternalFile)
            {
                var path = location.GetLineSpan().Path;
                if (!texts.TryGetValue(path, out var text))
                {
                    problems.Add($"{d.Id}: located in '{path}', which is not an input");
                }
                else if (location.SourceSpan.End > text.Length)
                {
                    problems.Add($"{d.Id}: span {location.SourceSpan} runs past the end of '{path}' ({text.Length} chars): {d}");
                }
                else
                {
                    // The line and column an editor shows must be where the span starts.
                    var source = SourceText.From(text);
                    var expected = source.Lines.GetLinePosition(location.SourceSpan.Start);
                    var actual = location.GetLineSpan().StartLinePosition;
                    if (expected != actual)
                    {
                        problems.Add($"{d.Id}: reported at {actual.Line + 1},{actual.Character + 1} but its span starts at {expected.Line + 1},{expected.Character + 1}: {d}");
                    }

                    // A diagnostic about a name (section, field, id, reference) spans exactly that name.
                    if (NamePattern(d.Id) is { } pattern && Regex.Match(message, pattern) is { Success: true } named)
                    {
                        var name = named.Groups[1].Value;
                        var spanned = text.Substring(location.SourceSpan.Start, location.SourceSpan.Length);
                        // Only names that read as written (no escapes, quotes or line folding in the source) are compared.
                        var plain = name.IndexOfAny(['\'', '"', '\\']) < 0 && name.All(c => c >= ' ' && c < 0x7F) && spanned.IndexOfAny(['\\', '\n', '\r']) < 0;
                        var core = spanned.Length > 1 && spanned[^1] is '"' or '\'' ? spanned[..^1] : spanned;
                        var withProperties = spanned.Length > 0 && core.EndsWith(name, StringComparison.Ordinal) && spanned[0] is '!' or '&'; // a tag or anchor is part of the node
                        var alias = spanned.StartsWith('*'); // a value used through an alias is located where it is used
                        if (plain && spanned != name && spanned != "'" + name + "'" && spanned != "\"" + name + "\"" && !withProperties && !alias)
                        {
                            problems.Add($"{d.Id}: the span '{spanned}' is not the name '{name}' the message is about: {d}");
                        }
                    }
                }
            }
        }

        if (run.Elapsed > Bound)
        {
            problems.Add($"the generator took {run.Elapsed.TotalMilliseconds:F0} ms, more than the bound of {Bound.TotalMilliseconds:F0} ms (a hang?)");
        }

        if (!run.HasFgError && run.CompileProblems is { Count: > 0 } compileProblems)
        {
            problems.Add("no FG error, yet the generated code does not compile cleanly:\n  " + string.Join("\n  ", compileProblems.Take(20)));
        }

        return problems.Count == 0 ? null : string.Join("\n", problems);
    }

    /// <summary>Words that say how to fix a problem; every FG message has one.</summary>
    private static readonly string[] FixPhrases =
    [
        "write", "add ", "declare", "rename", "remove", "keep only", "use one of", "fix ", "check", "cite ", "split", "put ", "quote",
        "close", "indent", "did you mean", "line up", "define", "follow", "report it", "e.g.", "must be", "known fields", "top-level keys are",
        "name at least", "copy ", "choose another",
    ];

    /// <summary>For diagnostics about one name: the message pattern whose group 1 is that name.</summary>
    private static string? NamePattern(string id) => id switch
    {
        "FG0002" => "^Unknown section '(.*?)'(?:; did you mean|\\. A fact)",
        "FG0003" => "^Unknown field '(.*?)' in ",
        "FG0006" => "^Duplicate [a-z ]+ id '(.*?)': it is first",
        "FG0007" => "refers to [a-z ]+ '(.*?)', which does not exist",
        "FG0011" => "unknown article '(.*?)'(?:; did you mean|; declare)",
        _ => null,
    };

    /// <summary>Errors and warnings of compiling the generated sources, once per distinct clean set of them.</summary>
    public static IReadOnlyList<Diagnostic> Compile(GeneratorDriverRunResult result) =>
        CleanCompilations.Problems(Empty.AddSyntaxTrees(result.GeneratedTrees));

    /// <summary>One untimed run first, so JIT compilation is not charged to the first fuzz input.</summary>
    private static void WarmUp()
    {
        if (Interlocked.Exchange(ref s_warmedUp, 1) == 0)
        {
            Run(FactBase.Real.ToAdditionalTexts(), compile: false);
        }
    }
}

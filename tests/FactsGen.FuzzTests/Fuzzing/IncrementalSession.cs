using System.Globalization;
using System.Threading;
using FactsGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace FactsGen.FuzzTests.Fuzzing;

/// <summary>What one generator run produced, in a form that compares without caring about order: sources by hint name, diagnostics as sorted lines.</summary>
public sealed record RunSnapshot(IReadOnlyList<(string HintName, string Text)> Sources, IReadOnlyList<string> Diagnostics, string? Exception, GeneratorRunResult Result)
{
    public static RunSnapshot Of(GeneratorDriverRunResult run)
    {
        var result = run.Results.Single();
        var sources = result.GeneratedSources
            .Select(s => (s.HintName, s.SourceText.ToString()))
            .OrderBy(s => s.HintName, StringComparer.Ordinal)
            .ToList();

        // Id, message, file, span and line span: a stale position with the right offset would be a bug too.
        var diagnostics = run.Diagnostics
            .Select(d =>
            {
                var span = d.Location.GetLineSpan();
                return string.Create(CultureInfo.InvariantCulture, $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}-{span.EndLinePosition.Line + 1},{span.EndLinePosition.Character + 1}) {d.Location.SourceSpan} {d.Severity} {d.Id}: {d.GetMessage(CultureInfo.InvariantCulture)}");
            })
            .Order(StringComparer.Ordinal)
            .ToList();
        return new RunSnapshot(sources, diagnostics, result.Exception?.ToString(), result);
    }

    public bool HasErrors => Result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>The first difference between an incremental run (this) and a cold one, or null when they agree.</summary>
    public string? FirstDifference(RunSnapshot cold)
    {
        var hints = Sources.Select(s => s.HintName).ToList();
        var coldHints = cold.Sources.Select(s => s.HintName).ToList();
        if (hints.Except(coldHints, StringComparer.Ordinal).FirstOrDefault() is { } extra)
        {
            return $"source '{extra}' is generated incrementally but not cold";
        }

        if (coldHints.Except(hints, StringComparer.Ordinal).FirstOrDefault() is { } missing)
        {
            return $"source '{missing}' is generated cold but not incrementally";
        }

        foreach (var ((hint, text), (_, coldText)) in Sources.Zip(cold.Sources))
        {
            if (text != coldText)
            {
                var lines = text.Split('\n');
                var coldLines = coldText.Split('\n');
                var at = Enumerable.Range(0, Math.Min(lines.Length, coldLines.Length)).FirstOrDefault(i => lines[i] != coldLines[i], Math.Min(lines.Length, coldLines.Length));
                return $"source '{hint}' differs at line {at + 1}:\n  incremental: {Line(lines, at)}\n  cold:        {Line(coldLines, at)}";
            }
        }

        // Multisets: a diagnostic reported twice incrementally but once cold is a difference.
        var coldLeft = cold.Diagnostics.ToList();
        var onlyIncremental = new List<string>();
        foreach (var d in Diagnostics)
        {
            if (!coldLeft.Remove(d)) onlyIncremental.Add(d);
        }

        if (onlyIncremental.Count > 0) return "diagnostic reported incrementally but not cold:\n  " + onlyIncremental[0];
        if (coldLeft.Count > 0) return "diagnostic reported cold but not incrementally:\n  " + coldLeft[0];
        return null;
    }

    /// <summary>What must never happen in any run: an escaped exception, or FG9999.</summary>
    public string? Fault() =>
        Exception is not null ? "an exception escaped the generator: " + Exception
        : Result.Diagnostics.FirstOrDefault(d => d.Id == "FG9999" || !d.Id.StartsWith("FG", StringComparison.Ordinal)) is { } bad ? "an internal fault or a non-FG diagnostic: " + bad
        : null;

    private static string Line(string[] lines, int at) => at < lines.Length ? lines[at].TrimEnd('\r') : "(end of source)";
}

/// <summary>
/// A long-lived GeneratorDriver, kept the way an IDE keeps it: each fact-base state is reached by
/// replacing, adding and removing AdditionalTexts on the stored driver (never by a new driver), so its
/// cached tables carry over from run to run. <see cref="Base"/> lists the files in the driver's own
/// order (replaced files keep their place, added ones go last), so a cold run sees the same order.
/// </summary>
/// <remarks>
/// Two Roslyn 4.14 bugs shape this harness; neither is the generator's.
/// 1. With step tracking on, a fully cached Combine of many values with one value is replayed from
///    misaligned slots after a removal: the last output is dropped, or the run throws "Unexpected value
///    '(Cached, Added)'" (AdditionalTextsProvider.Select(...).Combine(single).Select(...): remove the
///    first text, run twice). So the driver runs untracked, as csc and IDEs run it, and reuse is
///    measured by counting reads: a text kept from the previous run must not be read again, since the
///    steps that read texts run only for new or replaced ones.
/// 2. When the number of texts stays the same, the input node pairs each text it no longer finds with
///    the new text at the same position, without checking that text was not matched already. Replacing
///    a text in place while the count changes puts it last in Roslyn's table but not in the driver's
///    list; a later same-count run can then pair a kept text twice, and the generator sees that file
///    twice (texts a b c t: replace a and add z, run; replace a again, run: t is produced twice). So
///    when the count changes, changed files are removed and added again, which keeps the two orders equal.
/// </remarks>
public sealed class IncrementalSession
{
    private static readonly IReadOnlyDictionary<string, string> Properties = new Dictionary<string, string> { ["FactsNamespace"] = GeneratorHarness.Namespace, ["ProjectDir"] = FactBase.ProjectDir };
    private readonly Dictionary<string, CountingText> _texts = new(StringComparer.Ordinal);
    private readonly HashSet<CountingText> _fresh = [];
    private GeneratorDriver _driver;
    private bool _removed;

    public IncrementalSession(FactBase start, CSharpCompilation compilation)
    {
        Base = start;
        Compilation = compilation;
        foreach (var file in start.Files)
        {
            _texts.Add(file.Path, Fresh(file));
        }

        _driver = CreateDriver(_texts.Values);
    }

    public FactBase Base { get; private set; }

    public CSharpCompilation Compilation { get; set; }

    /// <summary>
    /// Brings the driver to <paramref name="next"/> by edits; paths in <paramref name="touched"/> get a new
    /// AdditionalText even when their bytes are equal. A changed file is replaced in place, except when
    /// the number of files changes: then it is removed and added again (see the remarks on the class).
    /// </summary>
    public void MoveTo(FactBase next, IReadOnlySet<string> touched)
    {
        var wanted = next.Files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        var gone = Base.Files.Where(f => !wanted.ContainsKey(f.Path)).ToList();
        var current = Base.Files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var added = next.Files.Where(f => !current.Contains(f.Path)).ToList();
        var changed = Base.Files.Where(f => wanted.TryGetValue(f.Path, out var w) && (!w.Bytes.AsSpan().SequenceEqual(f.Bytes) || touched.Contains(f.Path))).Select(f => wanted[f.Path]).ToList();
        var inPlace = gone.Count == added.Count;
        if (!inPlace)
        {
            // Re-added at the end, where Roslyn's table puts them too.
            gone.AddRange(changed.Select(f => Base.Files.First(b => b.Path == f.Path)));
            added.InsertRange(0, changed);
            changed.Clear();
        }

        if (gone.Count > 0)
        {
            _removed = true;
            _driver = _driver.RemoveAdditionalTexts([.. gone.Select(f => (AdditionalText)_texts[f.Path])]);
            foreach (var file in gone) _texts.Remove(file.Path);
        }

        foreach (var file in changed)
        {
            var text = Fresh(file);
            _driver = _driver.ReplaceAdditionalText(_texts[file.Path], text);
            _texts[file.Path] = text;
        }

        foreach (var file in added)
        {
            _texts[file.Path] = Fresh(file);
        }

        if (added.Count > 0)
        {
            _driver = _driver.AddAdditionalTexts([.. added.Select(f => (AdditionalText)_texts[f.Path])]);
        }

        var kept = Base.Files.Where(f => _texts.ContainsKey(f.Path) && !added.Any(a => a.Path == f.Path)).Select(f => wanted[f.Path]);
        Base = new FactBase([.. kept, .. added]);
    }

    /// <summary>
    /// Re-runs the stored driver (by either entry point an IDE or csc uses) and keeps the updated one.
    /// Also says how many texts it kept from the last run, how many new or replaced ones it read, and
    /// which kept ones it read again (a cache miss). Not after a removal: when the number of texts
    /// stays the same, Roslyn's input node pairs old and new texts by position, so kept texts after
    /// the removed one count as modified and are read again, by design. Nor after the kinds changed:
    /// every fact file is then checked again, by design.
    /// </summary>
    private List<(string HintName, string Text)>? _kindSources;

    public (RunSnapshot Run, int Kept, int FreshRead, IReadOnlyList<string> KeptButRead) Run(bool updateCompilation)
    {
        foreach (var text in _texts.Values) text.Reads = 0;
        _driver = updateCompilation
            ? _driver.RunGeneratorsAndUpdateCompilation(Compilation, out _, out _)
            : _driver.RunGenerators(Compilation);
        var kept = _removed ? [] : _texts.Values.Where(t => !_fresh.Contains(t)).ToList();
        var freshRead = _fresh.Count(t => t.Reads > 0);
        _fresh.Clear();
        _removed = false;
        var run = RunSnapshot.Of(_driver.GetRunResult());

        // When the kinds changed, every fact file is parsed again against them (docs/fact-files.md §6), so it is read
        // again. The kinds' own sources (one per kind) tell, without step tracking (see the remarks).
        var kindSources = run.Sources.Where(s => s.HintName.StartsWith("FactsGen.Kind.", StringComparison.Ordinal)).ToList();
        var kindsChanged = _kindSources is not null && !_kindSources.SequenceEqual(kindSources);
        _kindSources = kindSources;
        return (run, kept.Count, freshRead, kindsChanged ? [] : kept.Where(t => t.Reads > 0).Select(t => t.Path).ToList());
    }

    /// <summary>A fresh driver, run once over <paramref name="factBase"/> in its order.</summary>
    public static RunSnapshot Cold(FactBase factBase, Compilation compilation) =>
        RunSnapshot.Of(CreateDriver(factBase.Files.Select(f => new CountingText(f))).RunGenerators(compilation).GetRunResult());

    private CountingText Fresh(FactFile file)
    {
        var text = new CountingText(file);
        _fresh.Add(text);
        return text;
    }

    private static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> texts) =>
        CSharpGeneratorDriver.Create(
            [new FactsGenerator().AsSourceGenerator()],
            texts,
            GeneratorHarness.ParseOptions,
            new TestOptionsProvider(Properties),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));

    /// <summary>A fact-base file as an AdditionalText (decoded as <see cref="BytesAdditionalText"/> does) that counts how often it is read.</summary>
    private sealed class CountingText(FactFile file) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(BytesAdditionalText.Decode(file.Bytes), System.Text.Encoding.UTF8);

        public int Reads { get; set; }

        public override string Path { get; } = FactBase.ProjectDir + file.Path;

        public override SourceText GetText(CancellationToken cancellationToken = default)
        {
            Reads++;
            return _text;
        }
    }
}

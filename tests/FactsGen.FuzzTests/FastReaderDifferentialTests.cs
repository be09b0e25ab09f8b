using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using FactsGen.FuzzTests.Fuzzing;
using FactsGen.Yaml;
using Xunit.Abstractions;

namespace FactsGen.FuzzTests;

/// <summary>
/// <see cref="FastYamlReader"/> against YamlDotNet. The fast reader may decline any file (then
/// YamlDotNet reads it), but a tree it returns must be exactly YamlDotNet's, marks included, since
/// every diagnostic is located from them. It must also really take the files editors write (the real
/// facts, generated bases, the plain cases of the corpus), or the fast path is dead code.
/// </summary>
public class FastReaderDifferentialTests(ITestOutputHelper output)
{
    public static TheoryData<string, bool> RealFactFiles()
    {
        var data = new TheoryData<string, bool>();
        foreach (var file in FactBase.Real.YamlFiles)
        {
            data.Add(file.Path, false);
            data.Add(file.Path, true);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RealFactFiles))]
    public void FastReaderTakesEachRealFactFile(string path, bool crlf)
    {
        var text = BytesAdditionalText.Decode(FactBase.Real.Files.Single(f => f.Path == path).Bytes);
        text = crlf ? Regex.Replace(text, "\r?\n", "\r\n") : text;
        AssertTaken(text, $"{path}{(crlf ? " with CRLF line ends" : string.Empty)}");
    }

    [Fact]
    public void FastReaderTakesEveryFileOfGeneratedBases()
    {
        var count = Math.Clamp(FuzzSettings.Count(1000) / 10, 1, 1000);
        var files = 0;
        var empty = 0;
        for (var i = 0; i < count; i++)
        {
            var seed = FuzzRandom.CaseSeed(FuzzSettings.Seed, i);
            foreach (var file in FactBaseGenerator.Generate(new FuzzRandom(seed)).Base.YamlFiles)
            {
                var text = BytesAdditionalText.Decode(file.Bytes);
                var where = $"{file.Path} of the base generated from seed {FuzzSettings.Format(seed)} (replay: FACTSGEN_FUZZ_SEED={FuzzSettings.Format(seed)} FACTSGEN_FUZZ_COUNT=10)";

                // A generated file that got no record holds no document (nothing, a comment, '---'): by design the
                // fast reader leaves empty files and documents to YamlDotNet (FastYamlReader.ReadDocuments), so it
                // must decline those, and only those.
                if (HoldsNoDocument(text))
                {
                    empty++;
                    Assert.True(FastYamlReader.TryRead(text, YamlLimits.Default, default) is null, $"the fast reader took the empty {where}, which is YamlDotNet's to describe");
                    continue;
                }

                files++;
                AssertTaken(text, where);
            }
        }

        output.WriteLine($"{files} YAML files of {count} generated bases taken, each equal to YamlDotNet's tree; {empty} empty ones left to YamlDotNet");
    }

    private static bool HoldsNoDocument(string text) =>
        text.Split('\n').Select(l => l.Trim()).All(l => l.Length == 0 || l.StartsWith('#') || l is "---" or "...");

    /// <summary>The fuzz suite's inputs (same seeds, same mutations): what the fast reader takes, it reads as YamlDotNet does.</summary>
    [Fact]
    public void FastReaderAgreesOnMutatedRealFacts() =>
        Fuzz(nameof(FastReaderAgreesOnMutatedRealFacts), ciCount: 1200, random => (FactBase.Real, Mutator.Mutate(random, FactBase.Real).Base));

    [Fact]
    public void FastReaderAgreesOnMutatedGeneratedFacts() =>
        Fuzz(nameof(FastReaderAgreesOnMutatedGeneratedFacts), ciCount: 1000, random =>
        {
            var generated = FactBaseGenerator.Generate(random).Base;
            return (generated, Mutator.Mutate(random, generated).Base);
        });

    /// <summary>Small random files of the subset's own pieces (see <see cref="SubsetYamlGenerator"/>): where nesting, marks and comments go wrong.</summary>
    [Fact]
    public void FastReaderAgreesOnRandomSubsetFiles()
    {
        var count = FuzzSettings.Count(20_000);
        var failures = new List<string>();
        var (ran, taken, valid) = (0, 0, 0);
        for (var i = 0; i < count && failures.Count < 3; i++, ran++)
        {
            var seed = FuzzRandom.CaseSeed(FuzzSettings.Seed, i);
            var text = SubsetYamlGenerator.Generate(new FuzzRandom(seed));
            var difference = Disagreement(text, YamlLimits.Default, out var one);
            taken += one ? 1 : 0;
            valid += Slow(text, YamlLimits.Default).Problem is null ? 1 : 0;
            if (difference is not null)
            {
                failures.Add($"case {i}: replay with FACTSGEN_FUZZ_SEED={FuzzSettings.Format(seed)} FACTSGEN_FUZZ_COUNT=1 dotnet test tests/FactsGen.FuzzTests --filter \"FullyQualifiedName~{nameof(FastReaderAgreesOnRandomSubsetFiles)}\"\n{Report("a random subset file", text, difference, YamlLimits.Default)}");
            }
        }

        output.WriteLine($"{ran} random subset files: {valid} valid YAML, {taken} taken by the fast reader ({Percent(taken, ran)})");
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
        Assert.True(taken >= ran * MinTakenShare && ran - taken >= ran * MinDeclinedShare, $"the fast reader took {taken} of {ran} random subset files");
    }

    public static TheoryData<string, string> CorpusCases()
    {
        var data = new TheoryData<string, string>();
        foreach (var (name, yaml, _) in FastReaderCorpus.Cases)
        {
            data.Add(name, "as written");
            if (!yaml.Contains('\r', StringComparison.Ordinal))
            {
                data.Add(name, "CRLF");
            }

            foreach (var limit in FastReaderCorpus.TightLimits.Keys)
            {
                data.Add(name, limit);
            }
        }

        return data;
    }

    /// <summary>
    /// Each corpus case as written, with CRLF line ends, and under each limit set low: past a limit
    /// the fast reader must report it exactly as YamlDotNet does, or decline.
    /// </summary>
    [Theory]
    [MemberData(nameof(CorpusCases))]
    public void FastReaderOnCorpusCase(string name, string variant)
    {
        var (_, yaml, plain) = FastReaderCorpus.Cases.Single(c => c.Name == name);
        var limits = FastReaderCorpus.TightLimits.GetValueOrDefault(variant, YamlLimits.Default);
        var text = variant == "CRLF" ? yaml.Replace("\n", "\r\n", StringComparison.Ordinal) : yaml;
        var where = $"corpus case '{name}' ({variant})";
        if (plain && limits == YamlLimits.Default)
        {
            AssertTaken(text, where);
            return;
        }

        if (Disagreement(text, limits, out _) is { } difference)
        {
            Assert.Fail(Report(where, text, difference, limits));
        }
    }

    /// <summary>
    /// Every UTF-16 code unit (surrogates aside) in each place a scalar can hold it: YamlDotNet has its
    /// own idea of which characters are printable, white space or indicators. A block of 256 is read
    /// as one file; only a block the fast reader declines or misreads is tried place by place.
    /// </summary>
    [Fact]
    public void FastReaderAgreesOnEveryCharacterInEveryPlace()
    {
        var failures = new List<string>();
        var (texts, taken) = (0, 0);
        for (var block = 0; block < 0x10000 && failures.Count < 5; block += 256)
        {
            var chars = Enumerable.Range(block, 256).Select(c => (char)c).Where(c => !char.IsSurrogate(c)).ToList();
            if (Disagreement(string.Concat(chars.SelectMany(Places)), YamlLimits.Default, out var all) is null && all)
            {
                (texts, taken) = (texts + chars.Count * Places('x').Count(), taken + chars.Count * Places('x').Count());
                continue;
            }

            foreach (var text in chars.SelectMany(Places))
            {
                texts++;
                var difference = Disagreement(text, YamlLimits.Default, out var one);
                taken += one ? 1 : 0;
                if (difference is not null && failures.Count < 5)
                {
                    failures.Add(Report("one character in one place", text, difference, YamlLimits.Default));
                }
            }
        }

        output.WriteLine($"{texts} one-character places, {taken} taken by the fast reader");
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    private static IEnumerable<string> Places(char c) =>
    [
        $"a: x{c}y\n",
        $"b: {c}x\n",
        $"c: \"x{c}\"\n",
        $"d: 'x{c}'\n",
        $"e: [x{c}y, {c}z]\n",
        $"f: {{k{c}: v{c}}}\n",
        $"{c}g: h\n",
        $"h{c}: i\n",
        $"j:\n  - {c}x\n",
    ];

    [Fact]
    public void CorpusNamesAreUniqueAndPlainCasesAreValidYaml()
    {
        var duplicates = FastReaderCorpus.Cases.GroupBy(c => c.Name).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(duplicates.Count == 0, "duplicate corpus names: " + string.Join(", ", duplicates));

        // A case the fast reader must take has to be one YamlDotNet reads without a problem, or the corpus is wrong.
        var invalid = FastReaderCorpus.Cases.Where(c => c.Plain && Slow(c.Yaml, YamlLimits.Default).Problem is not null).Select(c => c.Name).ToList();
        Assert.True(invalid.Count == 0, "plain corpus cases YamlDotNet rejects: " + string.Join(", ", invalid));
        output.WriteLine($"{FastReaderCorpus.Cases.Count} corpus cases, {FastReaderCorpus.Cases.Count(c => c.Plain)} of them plain");
    }

    /// <summary>Asserts the fast reader takes the text and reads it as YamlDotNet does; a decline is shrunk to the smallest text still declined.</summary>
    private static void AssertTaken(string text, string where)
    {
        if (Disagreement(text, YamlLimits.Default, out var taken) is { } difference)
        {
            Assert.Fail(Report(where, text, difference, YamlLimits.Default));
        }

        if (!taken)
        {
            var problem = Slow(text, YamlLimits.Default).Problem;
            var smallest = problem is null ? Shrink(text, StillDeclined, chars: false) : text;
            Assert.Fail($"{where}: the fast reader declined a file it must take{(problem is null ? string.Empty : " (YamlDotNet reports a problem too: the case is wrong)")}\n{ShowYaml(text)}\nfewest of its lines it still declines (YamlDotNet reads them without a problem):\n{ShowYaml(smallest)}");
        }
    }

    /// <summary>Declined though YamlDotNet reads mappings from it without a problem (an empty file or a list at the root would be declined for a reason of their own).</summary>
    private static bool StillDeclined(string text)
    {
        var slow = Slow(text, YamlLimits.Default);
        return slow.Problem is null && slow.Documents.Count > 0 && slow.Documents.All(d => d.Root is YamlMapping) && Fast(text, YamlLimits.Default) is null;
    }

    private void Fuzz(string name, int ciCount, Func<FuzzRandom, (FactBase Original, FactBase Mutated)> makeInput)
    {
        var count = FuzzSettings.Count(ciCount);
        var failures = new List<string>();
        var (ran, texts, valid, taken) = (0, 0, 0, 0);
        var total = Stopwatch.StartNew();
        for (var i = 0; i < count && failures.Count < 3; i++, ran++)
        {
            var seed = FuzzRandom.CaseSeed(FuzzSettings.Seed, i);
            var (original, mutated) = makeInput(new FuzzRandom(seed));

            // Unchanged files are the tests above; the share counts only what the mutator touched.
            foreach (var file in mutated.YamlFiles.Where(f => !original.Files.Any(o => o.Path == f.Path && o.Bytes.AsSpan().SequenceEqual(f.Bytes))))
            {
                var text = BytesAdditionalText.Decode(file.Bytes);
                texts++;
                valid += Slow(text, YamlLimits.Default).Problem is null ? 1 : 0;
                var difference = Disagreement(text, YamlLimits.Default, out var accepted);
                taken += accepted ? 1 : 0;
                if (difference is not null)
                {
                    failures.Add($"FAST READER DIFFERS in {name}, case {i}: replay with FACTSGEN_FUZZ_SEED={FuzzSettings.Format(seed)} FACTSGEN_FUZZ_COUNT=1 dotnet test tests/FactsGen.FuzzTests --filter \"FullyQualifiedName~{name}\"\n{Report(file.Path, text, difference, YamlLimits.Default)}");
                }
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {ran} inputs from seed {FuzzSettings.Format(FuzzSettings.Seed)} in {total.Elapsed.TotalSeconds:F1} s; {texts} mutated YAML texts, {valid} valid YAML, {taken} taken by the fast reader ({Percent(taken, texts)} of all, {Percent(taken, valid)} of the valid)"));
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));

        // Not vacuous: the fast path must carry most mutated files and still decline the broken ones.
        Assert.True(taken >= texts * MinTakenShare, $"the fast reader took {taken} of {texts} mutated YAML texts, under {MinTakenShare:P0}");
        Assert.True(texts - taken >= texts * MinDeclinedShare, $"the fast reader declined {texts - taken} of {texts} mutated YAML texts, under {MinDeclinedShare:P0}");
    }

    /// <summary>Measured at the default seed: 42 % of mutated real files taken, 28 % of mutated generated ones, 31 % of random subset files.</summary>
    private const double MinTakenShare = 0.15;

    /// <summary>Measured: 58 %, 72 % and 69 % declined.</summary>
    private const double MinDeclinedShare = 0.10;

    /// <summary>Null when the fast reader declined or agreed with YamlDotNet; else the first difference (or what it threw).</summary>
    private static string? Disagreement(string text, YamlLimits limits, out bool taken)
    {
        YamlReadResult? fast;
        try
        {
            fast = Fast(text, limits);
        }
        catch (Exception e)
        {
            // In the generator an escaped exception is FG9999 on a file YamlDotNet would read.
            taken = true;
            return "the fast reader threw " + e;
        }

        taken = fast is not null;
        return fast is null ? null : YamlTreeComparison.FirstDifference(fast, Slow(text, limits));
    }

    private static YamlReadResult? Fast(string text, YamlLimits limits) => FastYamlReader.TryRead(text, limits, CancellationToken.None);

    private static YamlReadResult Slow(string text, YamlLimits limits) => YamlTreeReader.ReadWithYamlDotNet(text, limits, CancellationToken.None);

    private static string Report(string where, string text, string difference, YamlLimits limits)
    {
        var smallest = Shrink(text, t => Disagreement(t, limits, out _) is not null);
        return $"{where}: the fast reader's tree differs from YamlDotNet's (fast vs YamlDotNet{(limits == YamlLimits.Default ? string.Empty : ", limits " + limits)}):\n  {difference}\n{ShowYaml(text)}\n"
            + $"smallest text that still differs:\n  {Disagreement(smallest, limits, out _)}\n{ShowYaml(smallest)}";
    }

    /// <summary>
    /// The smallest text (by removing runs of lines, then of characters unless <paramref name="chars"/> is false) for which <paramref name="fails"/>
    /// still holds, so a report shows the construct and not the whole fact file. Bounded: a report stays fast.
    /// </summary>
    private static string Shrink(string text, Func<string, bool> fails, bool chars = true)
    {
        var budget = 4000;
        List<string> Shrunk(List<string> parts)
        {
            for (var size = Math.Max(1, parts.Count / 2); size >= 1 && budget > 0; size /= 2)
            {
                for (var at = 0; at + size <= parts.Count && budget-- > 0;)
                {
                    var candidate = parts.Take(at).Concat(parts.Skip(at + size)).ToList();
                    if (fails(string.Concat(candidate)))
                    {
                        parts = candidate;
                    }
                    else
                    {
                        at += size;
                    }
                }
            }

            return parts;
        }

        // Lines keep their breaks, so CR, LF and CRLF survive as they were.
        var lines = Shrunk(Regex.Split(text, "(?<=\n)").Where(l => l.Length > 0).ToList());
        var shrunk = string.Concat(lines);
        return !chars || shrunk.Length > 3000 ? shrunk : string.Concat(Shrunk(shrunk.Select(c => c.ToString()).ToList()));
    }

    /// <summary>The text as numbered lines, every character outside printable ASCII as &lt;TAB&gt;, &lt;CR&gt;, &lt;U+XXXX&gt;, so a report shows exactly what was read.</summary>
    private static string ShowYaml(string text, int maxChars = 3000)
    {
        var sb = new StringBuilder();
        var lines = (text.Length > maxChars ? text.Substring(0, maxChars) : text).Split('\n').ToList();
        var broken = lines[^1].Length == 0;
        if (broken)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        for (var i = 0; i < lines.Count; i++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"  {i + 1,4}| ");
            var line = lines[i];
            for (var j = 0; j < line.Length; j++)
            {
                var c = line[j];
                var pair = char.IsSurrogatePair(line, j);
                sb.Append(c switch
                {
                    '\t' => "<TAB>",
                    '\r' => "<CR>",
                    _ when c >= ' ' && c < 0x7F => c.ToString(),
                    _ => "<U+" + (pair ? char.ConvertToUtf32(c, line[j + 1]) : c).ToString("X4", CultureInfo.InvariantCulture) + ">",
                });
                j += pair ? 1 : 0;
            }

            sb.Append(i < lines.Count - 1 || broken ? "\n" : "<no line break at the end>\n");
        }

        sb.Append(lines.Count == 0 ? "  (empty)\n" : string.Empty);
        return (text.Length > maxChars ? sb.Append(CultureInfo.InvariantCulture, $"  … ({text.Length - maxChars} more chars)\n") : sb).ToString();
    }

    private static string Percent(int part, int whole) => whole == 0 ? "-" : ((double)part / whole).ToString("P1", CultureInfo.InvariantCulture);
}

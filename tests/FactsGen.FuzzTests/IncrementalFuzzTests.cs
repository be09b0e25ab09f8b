using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using FactsGen.FuzzTests.Fuzzing;
using FactsGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit.Abstractions;

namespace FactsGen.FuzzTests;

/// <summary>
/// Incremental re-runs agree with cold runs. Each case keeps one GeneratorDriver alive, as an IDE does,
/// and walks it through 3–8 random edits (mutations that break files and reverts that fix them, id
/// renames, files added and removed, article lines changed, comment-only edits, C# edits); after every
/// edit the stored driver is re-run and its sources and diagnostics must equal a fresh driver's over
/// the same files. A difference is stale cache state. Seeded like the other fuzz tests:
/// FACTSGEN_FUZZ_COUNT sets the number of cases, FACTSGEN_FUZZ_SEED replays one.
/// </summary>
public class IncrementalFuzzTests(ITestOutputHelper output)
{
    private const int CiCount = 200;
    private const int MaxFailures = 3;

    [Fact]
    public void IncrementalRunsMatchColdRuns()
    {
        var count = FuzzSettings.Count(CiCount);
        var baseSeed = FuzzSettings.Seed;
        var failures = new List<string>();
        var stats = new RunStats();
        var total = Stopwatch.StartNew();
        var ran = 0;
        for (var i = 0; i < count && failures.Count < MaxFailures; i++, ran++)
        {
            var seed = FuzzRandom.CaseSeed(baseSeed, i);
            var log = new List<string>();
            string? problem;
            try
            {
                problem = RunCase(new FuzzRandom(seed), log, stats);
            }
            catch (Exception e)
            {
                problem = "an exception escaped the driver or the harness: " + e;
            }

            if (problem is not null)
            {
                failures.Add(Report(i, seed, log, problem));
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{nameof(IncrementalFuzzTests)}: {ran} cases from seed {FuzzSettings.Format(baseSeed)} in {total.Elapsed.TotalSeconds:F1} s"));
        stats.Print(output);
        if (failures.Count > 0)
        {
            var message = string.Join("\n\n", failures);
            output.WriteLine(message);
            Assert.Fail(message);
        }

        // Every step checks that kept texts are not read again; that only means something if texts were kept and if reads are seen at all.
        // A run of a few cases (a replay of one seed) may keep none, e.g. when its edits remove every file: only a run of many must.
        Assert.True(ran < 10 || (stats.Kept > 0 && stats.FreshRead > 0), $"no text was kept across runs ({stats.Kept}) or no new text was read ({stats.FreshRead}): the re-runs did not test reuse");
    }

    /// <summary>The fact base's schema (its kinds, location-free), as the generator's schema step builds it.</summary>
    private static FactsGen.Schema.FactSchema Schema(FactBase factBase) =>
        FactsGen.FactBaseSteps.BuildSchema(factBase.YamlFiles
            .Select(f => FactsGen.FactBaseSteps.ReadKinds(FactBase.ProjectDir + f.Path, BytesAdditionalText.Decode(f.Bytes), default))
            .ToImmutableArray()).Schema;

    /// <summary>One case: a cold start, then edits, each followed by an incremental re-run checked against a cold run. Null when it passes.</summary>
    private static string? RunCase(FuzzRandom r, List<string> log, RunStats stats)
    {
        var real = r.Chance(50);
        var original = real ? FactBase.Real : FactBaseGenerator.Generate(r).Base;
        log.Add(real ? "start: the real facts/" : "start: a generated fact base");
        var session = new IncrementalSession(original, GeneratorHarness.CreateCompilation("namespace User { public class Existing { } }"));
        var editor = new Editor(r, original, log);

        var (first, _, _, _) = session.Run(r.Chance(50));
        if (first.Fault() is { } startFault) return "cold start: " + startFault;
        var broken = first.HasErrors;

        var steps = r.Next(3, 9);
        for (var step = 1; step <= steps; step++)
        {
            var schemaBefore = Schema(session.Base);
            var kind = editor.Apply(session, broken);
            var (incremental, kept, freshRead, keptButRead) = session.Run(updateCompilation: r.Chance(50));

            // Editing the kinds re-checks every file (docs/fact-files.md §6): a step that changes the schema may read every text again.
            var kindsChanged = !Schema(session.Base).Equals(schemaBefore);
            var cold = IncrementalSession.Cold(session.Base, session.Compilation);
            stats.Record(kind, broken, incremental.HasErrors, kept, freshRead);
            broken = incremental.HasErrors;
            var problem = incremental.Fault() is { } fault ? "incremental run: " + fault
                : cold.Fault() is { } coldFault ? "cold run: " + coldFault
                : incremental.FirstDifference(cold) is { } difference ? "incremental and cold runs differ: " + difference
                : keptButRead.Count > 0 && !kindsChanged ? $"the driver read again texts it kept unchanged (a cache miss; after a C# edit nothing may run): {string.Join(", ", keptButRead)}"
                : null;
            if (problem is not null)
            {
                return $"after step {step} ({kind}): {problem}\nchanged files at that point:\n{editor.Changed(session.Base)}";
            }
        }

        return null;
    }

    private static string Report(int index, ulong seed, List<string> log, string problem)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"INCREMENTAL FUZZ FAILURE, case {index}, seed {FuzzSettings.Format(seed)}: replay with FACTSGEN_FUZZ_SEED={FuzzSettings.Format(seed)} FACTSGEN_FUZZ_COUNT=1 dotnet test tests/FactsGen.FuzzTests --filter \"FullyQualifiedName~IncrementalFuzz\"\n");
        sb.Append("steps:\n  ").Append(string.Join("\n  ", log)).Append('\n');
        sb.Append("problem:\n  ").Append(problem.Replace("\n", "\n  ", StringComparison.Ordinal)).Append('\n');
        return sb.ToString();
    }

    /// <summary>What a run covered: edits by kind, states with errors (and fixed ones), texts kept across runs and new ones read.</summary>
    private sealed class RunStats
    {
        private readonly SortedDictionary<string, int> _kinds = new(StringComparer.Ordinal);
        private int _states;
        private int _broken;
        private int _fixed;

        public int Kept { get; private set; }

        public int FreshRead { get; private set; }

        public void Record(string kind, bool wasBroken, bool isBroken, int kept, int freshRead)
        {
            _kinds[kind] = _kinds.GetValueOrDefault(kind) + 1;
            _states++;
            _broken += isBroken ? 1 : 0;
            _fixed += wasBroken && !isBroken ? 1 : 0;
            Kept += kept;
            FreshRead += freshRead;
        }

        public void Print(ITestOutputHelper output) =>
            output.WriteLine($"{_states} incremental states, {_broken} with FG errors, {_fixed} error-free again after errors; {Kept} texts kept across runs (none read again), {FreshRead} new or replaced texts read; edits: {string.Join(", ", _kinds.Select(p => p.Key + " " + p.Value))}");
    }

    /// <summary>Makes the random edits, logging each; every edit is a new fact-base state or a C# change.</summary>
    private sealed class Editor(FuzzRandom r, FactBase original, List<string> log)
    {
        public const string CSharpEdit = "C# edit";
        public const string NoEdit = "no edit";

        private static readonly Regex IdDefinition = new(@"(?<=(?:^|[\s{,])id:[ \t]*)[a-z0-9][a-z0-9-]*(?=[ \t]*(?:[,}#\r]|$))", RegexOptions.Multiline | RegexOptions.CultureInvariant);
        private static readonly Regex FlowCitation = new(@"\{article: [a-z0-9-]+, line: \d+, quote: (?:""(?:[^""\\\n]|\\.)*""|'(?:[^'\n]|'')*')\}", RegexOptions.CultureInvariant);
        private static readonly Regex BlockCitation = new(@"article: ([a-z0-9-]+)\r?\n[ \t]*line: (\d+)\r?\n[ \t]*quote: (""(?:[^""\\\n]|\\.)*""|'(?:[^'\n]|'')*')", RegexOptions.CultureInvariant);

        private readonly List<SyntaxTree> _userTrees = [];
        private string? _lastEdited;
        private int _counter;

        /// <summary>Applies one random edit to the session; returns its kind. A base with errors is often reverted next: a file fixed after being broken is where stale state hides.</summary>
        public string Apply(IncrementalSession session, bool broken)
        {
            var roll = broken && r.Chance(30) ? 30 : r.Next(100);

            // A step that does not apply (no comment to edit, nothing to revert, ...) draws again.
            for (; ; roll = r.Next(100))
            {
                var touched = new HashSet<string>(StringComparer.Ordinal);
                var current = session.Base;
                var (kind, next) = roll switch
                {
                    < 22 => ("mutate a YAML file", MutateOneYaml(current)),
                    < 28 => ("mutate the base", MutateBase(current)),
                    < 44 => ("revert a file", Revert(current)),
                    < 52 => ("rename an id", RenameId(current)),
                    < 60 => ("add a fact file", AddFactFile(current)),
                    < 66 => ("remove a file", RemoveFile(current)),
                    < 76 => ("edit an article", EditArticle(current)),
                    < 86 => ("edit a comment", EditComment(current)),
                    < 90 => ("touch a file", Touch(current, touched)),
                    < 97 => (CSharpEdit, null),
                    _ => (NoEdit, null),
                };

                if (kind == CSharpEdit)
                {
                    EditCSharp(session);
                    return kind;
                }

                if (kind == NoEdit)
                {
                    log.Add("re-run with no edit");
                    return kind;
                }

                if (next is not null)
                {
                    session.MoveTo(next, touched);
                    return kind;
                }
            }
        }

        /// <summary>The files that differ from the start, for the failure message (a replay shows the rest).</summary>
        public string Changed(FactBase current)
        {
            var sb = new StringBuilder();
            foreach (var file in original.Files.Where(o => !current.Files.Any(f => f.Path == o.Path)))
            {
                sb.Append("=== ").Append(file.Path).Append(" (removed)\n");
            }

            var changed = current.Files.Where(f => original.Files.FirstOrDefault(o => o.Path == f.Path) is not { } o || !o.Bytes.AsSpan().SequenceEqual(f.Bytes)).ToList();
            return sb.Append(new FactBase(changed).Describe(maxCharsPerFile: 3000)).ToString();
        }

        private FactBase? MutateOneYaml(FactBase current)
        {
            if (!current.YamlFiles.Any()) return null;
            var file = r.Pick(current.YamlFiles.ToList());

            // The mutator on a base of that one file: its edits (and its file moves, copies, splits) stay on it.
            var (mutated, mutations) = Mutator.Mutate(r, new FactBase([file]));
            log.Add($"mutate {file.Path}: {string.Join("; ", mutations.Select(m => m.Trim()))}");
            _lastEdited = file.Path;
            return mutated.Files.Aggregate(current.Without(file.Path), (b, f) => b.With(f));
        }

        private FactBase MutateBase(FactBase current)
        {
            var (mutated, mutations) = Mutator.Mutate(r, current);
            log.Add($"mutate the base: {string.Join("; ", mutations.Select(m => m.Trim()))}");
            return mutated;
        }

        /// <summary>Back to the original text (or gone, if it was added): mostly the file edited last, so a file broken by one step is fixed by the next.</summary>
        private FactBase? Revert(FactBase current)
        {
            var differing = original.Files.Select(f => f.Path).Concat(current.Files.Select(f => f.Path)).Distinct(StringComparer.Ordinal)
                .Where(p => original.Files.FirstOrDefault(f => f.Path == p)?.Bytes is not { } a || current.Files.FirstOrDefault(f => f.Path == p)?.Bytes is not { } b || !a.AsSpan().SequenceEqual(b))
                .ToList();
            if (differing.Count == 0) return null;
            var path = _lastEdited is not null && differing.Contains(_lastEdited) && r.Chance(70) ? _lastEdited : r.Pick(differing);
            _lastEdited = null;
            if (original.Files.FirstOrDefault(f => f.Path == path) is { } restored)
            {
                log.Add($"revert {path}" + (current.Files.Any(f => f.Path == path) ? string.Empty : " (re-added)"));
                return current.With(restored);
            }

            log.Add($"revert: remove the added {path}");
            return current.Without(path);
        }

        /// <summary>Renames an id where it is defined and where it is referenced (any whole-word use outside quotes), or, sometimes, only where it is defined.</summary>
        private FactBase? RenameId(FactBase current)
        {
            var ids = current.YamlFiles.SelectMany(f => IdDefinition.Matches(f.Text).Select(m => m.Value)).Distinct(StringComparer.Ordinal).ToList();
            if (ids.Count == 0) return null;
            var old = r.Pick(ids);
            var renamed = r.Chance(15) ? r.Pick(ids) : $"{old}-r{++_counter}"; // sometimes onto another id: duplicates and clashes
            var onlyDefinition = r.Chance(20);
            log.Add($"rename id '{old}' to '{renamed}'" + (onlyDefinition ? " (definition only)" : " and its references"));
            if (onlyDefinition)
            {
                var file = current.YamlFiles.First(f => IdDefinition.Matches(f.Text).Any(m => m.Value == old));
                var definition = IdDefinition.Matches(file.Text).First(m => m.Value == old);
                return current.With(FactFile.FromText(file.Path, file.Text[..definition.Index] + renamed + file.Text[(definition.Index + definition.Length)..]));
            }

            var word = new Regex($"(?<![A-Za-z0-9_-]){Regex.Escape(old)}(?![A-Za-z0-9_-])", RegexOptions.CultureInvariant);
            foreach (var file in current.YamlFiles.ToList())
            {
                var edited = string.Join('\n', file.Text.Split('\n').Select(line =>
                {
                    // Quotes are article text: a word that happens to spell the id is not a reference.
                    var quote = line.IndexOf("quote:", StringComparison.Ordinal);
                    return quote < 0 ? word.Replace(line, renamed) : word.Replace(line[..quote], renamed) + line[quote..];
                }));
                if (edited != file.Text) current = current.With(FactFile.FromText(file.Path, edited));
            }

            return current;
        }

        /// <summary>A new fact file: an actor citing a line already cited (and a deployment of it), or a new article with its declaration and a citation of it.</summary>
        private FactBase AddFactFile(FactBase current)
        {
            var n = (++_counter).ToString(CultureInfo.InvariantCulture);
            if (r.Chance(30))
            {
                var articlePath = $"facts/articles/added-{n}.txt";
                var line = r.Chance(80) ? "An added article about Wagner." : "An added article about Wagner, cited wrongly.";
                log.Add($"add facts/added-{n}.yaml declaring article added-{n} ({articlePath}) and an actor citing it");
                return current
                    .With(FactFile.FromText(articlePath, line + "\nIts second line.\n"))
                    .With(FactFile.FromText($"facts/added-{n}.yaml", $"articles:\n  - id: added-{n}\n    file: articles/added-{n}.txt\nactors:\n  - id: added-actor-{n}\n    name: \"Added {n}\"\n    kind: group\n    sources:\n      - {{article: added-{n}, line: 1, quote: \"An added article about Wagner.\"}}\n"));
            }

            var texts = current.YamlFiles.Select(f => f.Text).ToList();
            var citations = texts.SelectMany(t => FlowCitation.Matches(t).Select(m => m.Value))
                .Concat(texts.SelectMany(t => BlockCitation.Matches(t).Select(m => $"{{article: {m.Groups[1].Value}, line: {m.Groups[2].Value}, quote: {m.Groups[3].Value}}}")))
                .ToList();
            var citation = citations.Count > 0 ? r.Pick(citations) : "{article: no-such-article, line: 1, quote: \"x\"}";
            var ids = texts.SelectMany(t => IdDefinition.Matches(t).Select(m => m.Value)).Distinct(StringComparer.Ordinal).ToList();
            var id = r.Chance(10) && ids.Count > 0 ? r.Pick(ids) : $"added-actor-{n}";
            var sb = new StringBuilder($"# added in step {n}\nactors:\n  - id: {id}\n    name: \"Added {n}\"\n    kind: person\n");
            if (ids.Count > 0 && r.Chance(50)) sb.Append("    affiliated-with: [").Append(r.Pick(ids)).Append("]\n");
            sb.Append("    sources:\n      - ").Append(citation).Append('\n');
            if (r.Chance(50))
            {
                sb.Append($"deployments:\n  - id: added-deployment-{n}\n    actor: {id}\n    location: \"Niger\"\n    strength: ~{n}00\n    sources: [{citation}]\n");
            }

            var path = r.Chance(30) ? $"facts/sub/added-{n}.yml" : $"facts/added-{n}.yaml";
            log.Add($"add {path} with actor '{id}' citing {citation}");
            return current.With(FactFile.FromText(path, sb.ToString()));
        }

        private FactBase? RemoveFile(FactBase current)
        {
            var candidates = r.Chance(75) ? current.YamlFiles.ToList() : current.Files.ToList();
            if (candidates.Count == 0) return null;
            var file = r.Pick(candidates);
            log.Add($"remove {file.Path}");
            return current.Without(file.Path);
        }

        /// <summary>Changes a word of an article line, deletes a line or inserts one: quotes on it (or on every line after it) stop matching until a revert.</summary>
        private FactBase? EditArticle(FactBase current)
        {
            var articles = current.Files.Where(f => !f.IsYaml).ToList();
            if (articles.Count == 0) return null;
            var file = r.Pick(articles);
            var lines = Regex.Matches(BytesAdditionalText.Decode(file.Bytes), @"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$").Select(m => m.Value).ToList();
            var nonEmpty = Enumerable.Range(0, lines.Count).Where(i => lines[i].Trim().Length > 0).ToList();
            var mode = nonEmpty.Count == 0 ? 2 : r.Next(3);
            switch (mode)
            {
                case 0:
                {
                    var at = r.Pick(nonEmpty);
                    var words = Regex.Matches(lines[at], @"\w+").ToList();
                    if (words.Count == 0) goto case 1;
                    var w = r.Pick(words);
                    var changed = (w.Value[0] == 'q' ? "z" : "q") + w.Value[1..];
                    lines[at] = lines[at][..w.Index] + changed + lines[at][(w.Index + w.Length)..];
                    log.Add($"edit {file.Path} line {at + 1}: '{w.Value}' -> '{changed}'");
                    break;
                }

                case 1:
                {
                    var at = r.Pick(nonEmpty);
                    lines.RemoveAt(at);
                    log.Add($"edit {file.Path}: delete line {at + 1}");
                    break;
                }

                default:
                {
                    var at = r.Next(lines.Count + 1);
                    lines.Insert(at, "An inserted line.\n");
                    log.Add($"edit {file.Path}: insert a line before line {at + 1}");
                    break;
                }
            }

            _lastEdited = file.Path;
            return current.With(FactFile.FromText(file.Path, string.Concat(lines)));
        }

        /// <summary>Inserts a comment line (indented like the line it precedes) or rewrites an existing one: only locations move.</summary>
        private FactBase? EditComment(FactBase current)
        {
            if (!current.YamlFiles.Any()) return null;
            var file = r.Pick(current.YamlFiles.ToList());
            var lines = file.Text.Split('\n').ToList();
            var comments = Enumerable.Range(0, lines.Count).Where(i => lines[i].TrimStart(' ').StartsWith('#')).ToList();
            var n = ++_counter;
            if (comments.Count > 0 && r.Chance(50))
            {
                var at = r.Pick(comments);
                var hash = lines[at].IndexOf('#', StringComparison.Ordinal);
                lines[at] = lines[at][..(hash + 1)] + $" edited note {n}" + (lines[at].EndsWith('\r') ? "\r" : string.Empty);
                log.Add($"edit the comment on {file.Path} line {at + 1}");
            }
            else
            {
                var at = r.Next(lines.Count + 1);
                var indent = at < lines.Count ? lines[at][..(lines[at].Length - lines[at].TrimStart(' ').Length)] : string.Empty;
                var end = at < lines.Count && lines[at].EndsWith('\r') ? "\r" : string.Empty;
                lines.Insert(at, $"{indent}# note {n}{end}");
                log.Add($"insert a comment line before {file.Path} line {at + 1}");
            }

            return current.With(FactFile.FromText(file.Path, string.Join('\n', lines)));
        }

        /// <summary>The same bytes as a new AdditionalText, as an editor's save without changes gives.</summary>
        private FactBase? Touch(FactBase current, HashSet<string> touched)
        {
            if (current.Files.Count == 0) return null;
            var file = r.Pick(current.Files);
            touched.Add(file.Path);
            log.Add($"touch {file.Path} (same text, new AdditionalText)");
            return current;
        }

        private void EditCSharp(IncrementalSession session)
        {
            var n = ++_counter;
            var source = $"namespace User {{ public static class Edit{n} {{ public static int Value => {n}; public static object Facts => typeof({GeneratorHarness.Namespace}.Actors); }} }}";
            if (_userTrees.Count > 0 && r.Chance(20))
            {
                var tree = r.Pick(_userTrees);
                _userTrees.Remove(tree);
                session.Compilation = session.Compilation.RemoveSyntaxTrees(tree);
                log.Add($"C#: remove {tree.FilePath}");
            }
            else if (_userTrees.Count > 0 && r.Chance(50))
            {
                var old = r.Pick(_userTrees);
                var tree = CSharpSyntaxTree.ParseText(source, GeneratorHarness.ParseOptions, path: old.FilePath);
                _userTrees[_userTrees.IndexOf(old)] = tree;
                session.Compilation = session.Compilation.ReplaceSyntaxTree(old, tree);
                log.Add($"C#: change {tree.FilePath}");
            }
            else
            {
                var tree = CSharpSyntaxTree.ParseText(source, GeneratorHarness.ParseOptions, path: $"/src/Edit{n}.cs");
                _userTrees.Add(tree);
                session.Compilation = session.Compilation.AddSyntaxTrees(tree);
                log.Add($"C#: add {tree.FilePath}");
            }
        }
    }
}

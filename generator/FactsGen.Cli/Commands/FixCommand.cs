using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using FactsGen.Cli.Fixing;
using FactsGen.Cli.Reading;
using FactsGen.Diagnostics;
using FactsGen.Model;
using Microsoft.CodeAnalysis;

namespace FactsGen.Cli.Commands;

/// <summary>
/// <c>factsgen fix &lt;folder&gt; [--dry-run]</c> (docs/tools/fix.md): re-anchors FG0012/FG0013 citations whose
/// quote is on exactly one line of the article, writing only the line numbers' digits, atomically.
/// Exit 0 when the fact base then checks clean, 1 when errors remain.
/// </summary>
internal static class FixCommand
{
    public static Command Create(CliContext context)
    {
        var folder = FolderArgument.Create(context, "The fact base whose citations to re-anchor (read as check reads it).");
        var dryRun = new Option<bool>("--dry-run", "-n")
        {
            Description = "Print what would change as a unified diff and write nothing.",
        };
        var command = new Command("fix", "Re-anchors citations after an article changed: every FG0012/FG0013 whose quote is on exactly one line of the cited article gets that line number; nothing else in the file changes (comments, order, quoting, line ends, BOM). Prints one line per fix and one per citation it cannot fix. Exit code: 0 the fact base then checks clean, 1 errors remain, 2 usage error.")
        {
            folder,
            dryRun,
        };
        command.SetAction(parse => Run(context, context.FullPath(parse.GetValue(folder)!), parse.GetValue(dryRun)));
        return command;
    }

    private static int Run(CliContext context, string root, bool dryRun)
    {
        var facts = FactBaseFolder.Read(root, context.Progress);
        context.Progress?.Report("checking", facts.Files.Count, facts.Files.Count);
        var plan = CitationFixer.Plan(facts.Analyze(), facts.Files);
        var files = facts.Files.ToDictionary(f => FilePaths.Normalize(f.Path), f => f);

        var report = new List<(string Path, int Start, string Line)>();
        var texts = new Dictionary<string, string>(System.StringComparer.Ordinal);
        var diffs = new List<string>();
        var fixedCount = 0;
        var fileCount = 0;
        foreach (var group in plan.Edits.GroupBy(e => e.Path).OrderBy(g => g.Key, System.StringComparer.Ordinal))
        {
            var file = files[FilePaths.Normalize(group.Key)];
            var bytes = Edit(file, group, dryRun, out var problem);
            foreach (var edit in group)
            {
                var verdict = bytes is null
                    ? $"error {edit.DiagnosticId}: not fixed: {problem}"
                    : $"fixed {edit.DiagnosticId}: line {N(edit.OldLine)} -> {N(edit.NewLine)}";
                report.Add((file.Path, edit.Location.Start, $"{Where(context, file.Path, edit.Location)}: {verdict}"));
            }

            if (bytes is null)
            {
                continue;
            }

            var text = CitationFixer.Apply(group.Key, file.Text, group);
            texts[file.Path] = text;
            fixedCount += group.Count();
            fileCount++;
            if (dryRun)
            {
                var shown = context.DisplayPath(file.Path).Replace('\\', '/');
                diffs.Add(UnifiedDiff.Create("a/" + shown, "b/" + shown, file.Text, text));
            }
        }

        foreach (var citation in plan.Unfixable)
        {
            report.Add((files.TryGetValue(FilePaths.Normalize(citation.Path), out var f) ? f.Path : citation.Path, citation.Location.Start, $"{Where(context, citation.Path, citation.Location)}: error {citation.DiagnosticId}: not fixed: {citation.Describe()}"));
        }

        foreach (var (_, _, line) in report.OrderBy(r => r.Path, System.StringComparer.Ordinal).ThenBy(r => r.Start))
        {
            context.Stdout.WriteLine(line);
        }

        foreach (var diff in diffs)
        {
            context.Stdout.Write(diff);
        }

        // What check would say afterwards; the FG0012/FG0013 left are the ones reported above.
        context.Progress?.Report("re-checking", facts.Files.Count, facts.Files.Count);
        var after = facts.With(texts);
        var diagnostics = after.DiagnosticsOf(after.Analyze());
        context.Progress?.Clear();
        foreach (var diagnostic in diagnostics.Where(d => d.Id != DiagnosticDescriptors.LineOutOfRange.Id && d.Id != DiagnosticDescriptors.QuoteNotOnLine.Id))
        {
            context.Stdout.WriteLine(CheckOutput.Format(diagnostic, context.CurrentDirectory));
        }

        var errors = CheckResult.CountOf(diagnostics, DiagnosticSeverity.Error);
        var notFixed = report.Count - fixedCount;
        var verb = dryRun ? "would fix" : "fixed";
        var outcome = errors == 0 ? "the fact base checks clean" : $"{Count(errors, "error")} remain{(errors == 1 ? "s" : string.Empty)}";
        context.Stdout.WriteLine($"factsgen: {verb} {Count(fixedCount, "citation")} in {Count(fileCount, "file")}, {N(notFixed)} not fixed; {outcome}");
        return errors > 0 ? CliApp.Errors : CliApp.Clean;
    }

    /// <summary>The file's new bytes, written unless it is a dry run; null with the reason when the file cannot be rewritten.</summary>
    private static byte[]? Edit(FactsGen.Checking.FactBaseFile file, IEnumerable<CitationEdit> edits, bool dryRun, out string? problem)
    {
        try
        {
            var bytes = ByteEditor.Apply(File.ReadAllBytes(file.Path), file.Text, edits, out problem);
            if (bytes is not null && !dryRun)
            {
                AtomicFile.Write(file.Path, bytes);
            }

            return bytes;
        }
        catch (System.Exception e) when (e is IOException or System.UnauthorizedAccessException)
        {
            problem = "the file could not be written (" + e.Message + ")";
            return null;
        }
    }

    private static string Where(CliContext context, string path, LocationInfo location) =>
        string.Format(CultureInfo.InvariantCulture, "{0}({1},{2})", context.DisplayPath(path), location.StartLine + 1, location.StartColumn + 1);

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Count(int n, string noun) => N(n) + " " + noun + (n == 1 ? string.Empty : "s");
}

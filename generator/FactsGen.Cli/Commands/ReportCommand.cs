using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using FactsGen.Cli.Reading;
using FactsGen.Cli.Report;
using Microsoft.CodeAnalysis;

namespace FactsGen.Cli.Commands;

/// <summary>
/// <c>factsgen report &lt;folder&gt; -o &lt;dir&gt;</c> (docs/tools/report.md): the static review site. It is written
/// whatever the fact base's state (the index page lists the diagnostics); errors make the exit code 1.
/// </summary>
internal static class ReportCommand
{
    public static Command Create(CliContext context)
    {
        var folder = FolderArgument.Create(context, "The fact base to review (read as check reads it).");
        var output = new Option<string>("--output", "-o")
        {
            Description = "The folder to write the site to (created if missing; pages of the same names are replaced). Open its index.html in a browser.",
            HelpName = "dir",
            Required = true,
        };
        output.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string>() is { Length: > 0 } dir && File.Exists(context.FullPath(dir)))
            {
                result.AddError($"'{dir}' is a file; give the folder to write the site to");
            }
        });
        var command = new Command("report", "Writes a static review site of the fact base: an index (counts per kind, each article's coverage, the diagnostics), one page per article with every quote marked where it stands, and one page per kind. Opens from the file system: no server, no network. Exit code: 0 written from a clean fact base, 1 written but the fact base has errors, 2 usage error.")
        {
            folder,
            output,
        };
        command.SetAction(parse => Run(context, context.FullPath(parse.GetValue(folder)!), context.FullPath(parse.GetValue(output)!)));
        return command;
    }

    private static int Run(CliContext context, string root, string outputDirectory)
    {
        var facts = FactBaseFolder.Read(root, context.Progress);
        context.Progress?.Report("checking", facts.Files.Count, facts.Files.Count);
        var analysis = facts.Analyze();
        var progress = context.Progress is { } reporter ? new Progress(reporter) : null;
        var result = ReportSite.Write(analysis, root, outputDirectory, progress);
        context.Progress?.Clear();

        var errors = analysis.Diagnostics.Count(d => d.Descriptor.DefaultSeverity == DiagnosticSeverity.Error);
        context.Stdout.WriteLine($"factsgen: wrote {result.Files.Count} pages to {Path.GetRelativePath(context.CurrentDirectory, result.OutputDirectory)}; open {Path.GetRelativePath(context.CurrentDirectory, Path.Combine(result.OutputDirectory, "index.html"))}");
        if (errors > 0)
        {
            context.Stderr.WriteLine($"factsgen: the fact base has {errors} error(s); the site's index lists them (factsgen check {Path.GetRelativePath(context.CurrentDirectory, root)} prints them)");
            return CliApp.Errors;
        }

        return CliApp.Clean;
    }

    /// <summary>The site's per-page progress on the terminal's one progress line (synchronous: no thread-pool hop, unlike System.Progress).</summary>
    private sealed class Progress(ProgressReporter reporter) : IProgress<ReportProgress>
    {
        public void Report(ReportProgress value) => reporter.Report("writing pages", value.Done, value.Total);
    }
}

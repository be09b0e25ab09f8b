using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using FactsGen.Cli.Exporting;
using FactsGen.Cli.Fixing;
using FactsGen.Cli.Reading;
using Microsoft.CodeAnalysis;

namespace FactsGen.Cli.Commands;

/// <summary>
/// <c>factsgen export &lt;folder&gt; --format json|annotations [-o &lt;file&gt;]</c> (docs/tools/export.md). The
/// export is written whatever the fact base's state (accepted records only); errors go to standard
/// error and make the exit code 1, so a script does not publish a broken base unnoticed.
/// </summary>
internal static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var folder = FolderArgument.Create(context, "The fact base to export (read as check reads it).");
        var format = new Option<string>("--format", "-f")
        {
            Description = "json: the whole fact base, every record's fields as the YAML spells them, with its citations; annotations: a JSON array of W3C Web Annotations, one per citation.",
            Required = true,
            HelpName = "json|annotations",
        };
        format.AcceptOnlyFromAmong("json", "annotations");
        var output = new Option<string>("--output", "-o")
        {
            Description = "Write to this file instead of standard output.",
            HelpName = "file",
        };
        output.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string>() is { Length: > 0 } file && Directory.Exists(context.FullPath(file)))
            {
                result.AddError($"'{file}' is a folder; give the file to write, e.g. {Path.Combine(file, "annotations.jsonld")}");
            }
        });
        var command = new Command("export", "Exports a fact base as JSON, or its citations as W3C Web Annotations (JSON-LD) that annotation tools show on the articles. Exit code: 0 written from a clean fact base, 1 written but the fact base has errors (printed to standard error), 2 usage error.")
        {
            folder,
            format,
            output,
        };
        command.SetAction(parse => Run(context, context.FullPath(parse.GetValue(folder)!), parse.GetValue(format)!, parse.GetValue(output)));
        return command;
    }

    private static int Run(CliContext context, string root, string format, string? output)
    {
        var facts = FactBaseFolder.Read(root, context.Progress);
        context.Progress?.Report("checking", facts.Files.Count, facts.Files.Count);
        var analysis = facts.Analyze();
        context.Progress?.Report("exporting", facts.Files.Count, facts.Files.Count);
        using var buffer = new MemoryStream();
        var skipped = 0;
        if (format == "json")
        {
            FactBaseJson.Write(buffer, analysis, root);
        }
        else
        {
            skipped = WebAnnotations.Write(buffer, analysis, ArticleSources.Of(analysis, facts.Files, root));
        }

        buffer.WriteByte((byte)'\n');
        context.Progress?.Clear();
        if (output is null)
        {
            context.Stdout.Write(Encoding.UTF8.GetString(buffer.ToArray()));
        }
        else
        {
            var path = context.FullPath(output);
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                AtomicFile.Write(path, buffer.ToArray());
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                context.Stderr.WriteLine($"factsgen: could not write {context.DisplayPath(path)}: {e.Message}");
                return CliApp.Errors;
            }
        }

        var diagnostics = facts.DiagnosticsOf(analysis);
        var errors = diagnostics.Where(d => d.Descriptor.DefaultSeverity == DiagnosticSeverity.Error).ToList();
        foreach (var error in errors)
        {
            context.Stderr.WriteLine(CheckOutput.Format(error, context.CurrentDirectory));
        }

        if (skipped > 0)
        {
            context.Stderr.WriteLine(string.Format(CultureInfo.InvariantCulture, "factsgen: {0} citation(s) left out: their quote is not on their line (see the errors above)", skipped));
        }

        if (output is not null)
        {
            context.Stdout.WriteLine($"factsgen: wrote {context.DisplayPath(context.FullPath(output))}");
        }

        return errors.Count > 0 ? CliApp.Errors : CliApp.Clean;
    }
}

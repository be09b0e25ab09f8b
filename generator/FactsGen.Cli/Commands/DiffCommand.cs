using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using FactsGen.Cli.Diffing;

namespace FactsGen.Cli.Commands;

/// <summary>
/// <c>factsgen diff &lt;old&gt; &lt;new&gt;</c> and <c>factsgen diff --git &lt;rev&gt; [&lt;folder&gt;]</c>
/// (docs/tools/diff.md): what changed in the facts, keyed by kind and id, for review. Exit codes as diff(1):
/// 0 no change, 1 changes, 2 trouble.
/// </summary>
internal static class DiffCommand
{
    private const string DefaultFolder = "facts";

    public static Command Create(CliContext context)
    {
        var folders = new Argument<string[]>("folders")
        {
            Description = "<old> <new>: the two fact base folders to compare; with --git, one folder (default: facts) compared as of the revision against the working tree.",
            Arity = new ArgumentArity(0, 2),
        };
        var git = new Option<string>("--git")
        {
            Description = "Compare the folder as of this git revision (HEAD, main, a commit) with the working tree; read with the git program.",
            HelpName = "rev",
        };
        var format = new Option<string>("--format")
        {
            Description = "text: one line per change (color on a terminal only); markdown: a pull request comment, counts first, then a section per kind; json: one JSON object, for tools.",
            DefaultValueFactory = _ => "text",
            HelpName = "text|markdown|json",
        };
        format.AcceptOnlyFromAmong("text", "markdown", "json");

        var command = new Command("diff", "Shows what changed between two fact bases, keyed by kind and id: records added, removed, renamed or changed (fields, claims, inferred, citations re-anchored or changed), article texts, declared kinds, and new diagnostics. Exit code: 0 no change, 1 changes, 2 trouble.")
        {
            folders,
            git,
            format,
        };
        command.Validators.Add(result =>
        {
            var given = result.GetValue(folders) ?? [];
            var rev = result.GetValue(git);
            if (rev is not null && given.Length > 1)
            {
                result.AddError("with --git, give at most one folder (the working tree's); the old side is the revision");
            }
            else if (rev is null && given.Length != 2)
            {
                result.AddError("give two folders, <old> <new>, or --git <rev> [<folder>]");
            }

            foreach (var folder in rev is null ? given : given.DefaultIfEmpty(DefaultFolder))
            {
                var full = context.FullPath(folder);
                if (!Directory.Exists(full))
                {
                    result.AddError(File.Exists(full) ? $"'{folder}' is a file; give the folder of the fact base" : $"folder '{folder}' does not exist");
                }
            }
        });
        command.SetAction(parse =>
        {
            var given = parse.GetValue(folders) ?? [];
            var rev = parse.GetValue(git);
            try
            {
                if (rev is null)
                {
                    return Run(context, context.FullPath(given[0]), context.FullPath(given[1]), given[0], given[1], parse.GetValue(format)!);
                }

                var folder = given.FirstOrDefault() ?? DefaultFolder;
                using var old = GitRevision.Extract(context.FullPath(folder), rev);
                return Run(context, old.Root, context.FullPath(folder), $"{rev}:{folder}", folder, parse.GetValue(format)!);
            }
            catch (Exception e) when (e is GitException or IOException or UnauthorizedAccessException)
            {
                context.Stderr.WriteLine($"factsgen: {e.Message}");
                return CliApp.Usage;
            }
            catch (Exception e)
            {
                // Exit 2 means trouble, as in diff(1): a script must not read a crash as "changes".
                context.Stderr.WriteLine($"factsgen: diff failed: {e}");
                return CliApp.Usage;
            }
        });
        return command;
    }

    private static int Run(CliContext context, string oldRoot, string newRoot, string oldName, string newName, string format)
    {
        var diff = FactBaseDiffer.Compare(DiffSide.Read(oldRoot), DiffSide.Read(newRoot));
        switch (format)
        {
            case "json":
                using (var buffer = new MemoryStream())
                {
                    DiffJsonWriter.Write(buffer, diff, oldName, newName);
                    context.Stdout.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
                }

                break;
            case "markdown":
                DiffMarkdownWriter.Write(context.Stdout, diff, oldName, newName);
                break;
            default:
                DiffTextWriter.Write(context.Stdout, diff, oldName, newName, color: IsTerminal(context));
                break;
        }

        return diff.IsEmpty ? CliApp.Clean : CliApp.Errors;
    }

    /// <summary>Color only when standard output is the console itself and a terminal (and NO_COLOR is unset).</summary>
    private static bool IsTerminal(CliContext context) =>
        ReferenceEquals(context.Stdout, Console.Out) && !Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
}

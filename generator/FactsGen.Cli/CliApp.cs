using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Invocation;
using System.IO;
using System.Linq;
using System.Reflection;
using FactsGen.Cli.Commands;

namespace FactsGen.Cli;

/// <summary>
/// The <c>factsgen</c> command line on System.CommandLine: one file per command under Commands/,
/// help for each (<c>-h</c>), shell completion (the <c>[suggest]</c> directive that dotnet-suggest
/// calls), <c>--version</c>, and one way to fail: a usage error prints <c>factsgen: &lt;what&gt;</c>
/// and the command's usage to standard error and exits 2.
/// </summary>
internal static class CliApp
{
    public const int Clean = 0;
    public const int Errors = 1;
    public const int Usage = 2;

    public const string Description = """
        factsgen: checks, re-anchors and exports FactsGen fact bases (cited YAML facts about articles) without building C#.

        Typical use, from the repository root:
          factsgen check facts                          problems as the compiler prints them
          factsgen fix facts --dry-run                  the line numbers a changed article needs, as a diff
          factsgen export facts --format annotations    the citations as W3C Web Annotations
          factsgen diff --git main --format markdown    what changed in the facts since main, for a PR comment
        """;

    public static string Version =>
        typeof(CliApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, string currentDirectory, ProgressReporter? progress = null)
    {
        var context = new CliContext(stdout, stderr, currentDirectory, progress);
        var root = CreateRoot(context);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors.Select(e => e.Message).Distinct())
            {
                stderr.WriteLine($"factsgen: {error}");
            }

            stderr.WriteLine($"Usage: {UsageOf(parse.CommandResult.Command, root)}");
            stderr.WriteLine($"Help: {PathOf(parse.CommandResult.Command, root)} --help");
            return Usage;
        }

        return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }

    /// <summary>The command tree. A new command is one more file under Commands/ and one more line here.</summary>
    public static RootCommand CreateRoot(CliContext context)
    {
        var root = new RootCommand(Description)
        {
            CheckCommand.Create(context),
            SchemaCommand.Create(context),
            FixCommand.Create(context),
            ExportCommand.Create(context),
            ReportCommand.Create(context),
            DiffCommand.Create(context),
            LspCommand.Create(),
        };

        // The version without the build's source revision, as `check --format json` reports it.
        foreach (var option in root.Options.OfType<VersionOption>())
        {
            option.Action = new PrintVersion();
        }

        return root;
    }

    private static string PathOf(Command command, RootCommand root)
    {
        var names = new List<string>();
        for (var c = command; c is not null && c != root; c = c.Parents.OfType<Command>().FirstOrDefault())
        {
            names.Insert(0, c.Name);
        }

        names.Insert(0, "factsgen");
        return string.Join(" ", names);
    }

    private static string UsageOf(Command command, RootCommand root)
    {
        if (command == root)
        {
            return "factsgen <command> [options], with a command among: " + string.Join(", ", root.Subcommands.Select(c => c.Name));
        }

        var arguments = command.Arguments.Select(a => $"<{a.Name}>");
        return string.Join(" ", new[] { PathOf(command, root) }.Concat(arguments)) + (command.Options.Any(o => !o.Hidden) ? " [options]" : string.Empty);
    }

    private sealed class PrintVersion : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.WriteLine(Version);
            return Clean;
        }
    }
}

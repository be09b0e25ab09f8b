using System.CommandLine;
using System.Diagnostics;
using FactsGen.Tooling.Files;

namespace FactsGen.Cli.Commands;

/// <summary>
/// <c>factsgen check [&lt;folder&gt;] [--format text|json]</c> (folder: <c>facts</c>): the generator's own checks over a fact
/// base, printed as the compiler prints them. Exit 0 no errors (warnings allowed), 1 errors.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(CliContext context)
    {
        var folder = FolderArgument.Create(context, "The fact base: every *.yaml / *.yml fact file and *.txt article under it, recursively (skipping bin, obj, node_modules and folders starting with '.'). Default: facts, the folder the package builds from.");
        folder.Arity = ArgumentArity.ZeroOrOne;
        folder.DefaultValueFactory = _ => "facts";
        var format = new Option<string>("--format")
        {
            Description = "text: one line per problem, path(line,col): error FG0007: ..., as the compiler prints it; json: one JSON object, for tools.",
            DefaultValueFactory = _ => "text",
            HelpName = "text|json",
        };
        format.AcceptOnlyFromAmong("text", "json");

        var command = new Command("check", "Checks a fact base with the generator's own checks (schema, references, quotes on their lines) without building C#. Exit code: 0 no errors (warnings are printed), 1 errors, 2 usage error.")
        {
            folder,
            format,
        };
        command.SetAction(parse =>
        {
            var stopwatch = Stopwatch.StartNew();
            var given = parse.GetValue(folder)!;
            var facts = FactBaseFolder.Load(context.FullPath(given), context.Progress?.Stage("reading"));
            context.Progress?.Report("checking", facts.Files.Count, facts.Files.Count);
            var analysis = facts.Analyze();
            context.Progress?.Clear();
            var result = new CheckResult(facts.Root, context.CurrentDirectory, facts.FactFileCount, facts.ArticleCount, analysis.Diagnostics, stopwatch.Elapsed);
            if (parse.GetValue(format) == "json")
            {
                CheckOutput.WriteJson(context.Stdout, result, given);
            }
            else
            {
                CheckOutput.WriteText(context.Stdout, result);
            }

            return result.ErrorCount > 0 ? CliApp.Errors : CliApp.Clean;
        });
        return command;
    }
}

using System.CommandLine;
using System.IO;
using System.Text;
using FactsGen.Schema;
using FactsGen.Tooling.Files;
using FactsGen.Tooling.Schema;

namespace FactsGen.Cli.Commands;

/// <summary><c>factsgen schema [&lt;folder&gt;] [--output &lt;file&gt;]</c>: the JSON Schema for fact files, from the kind descriptors, declared kinds included.</summary>
internal static class SchemaCommand
{
    public static Command Create(CliContext context)
    {
        var output = new Option<string>("--output", "-o")
        {
            Description = $"Write the schema to this file (or to {JsonSchemaWriter.FileName} in this folder) instead of standard output.",
            HelpName = "file",
        };
        var folder = FolderArgument.Create(context, "The fact base whose declared kinds (its 'kinds' sections) the schema includes; without it, the built-in kinds only.");
        folder.Arity = ArgumentArity.ZeroOrOne;
        var command = new Command("schema", "Prints the JSON Schema for fact files, with the kinds the fact base declares. Point fact files at it with a first line: # yaml-language-server: $schema=./factsgen.schema.json")
        {
            folder,
            output,
        };
        command.SetAction(parse =>
        {
            var kinds = FactSchema.BuiltIn;
            if (parse.GetValue(folder) is { Length: > 0 } given)
            {
                // The kinds as the generator builds them; a broken kind is left out, as from the build.
                kinds = FactBaseFolder.Load(context.FullPath(given), context.Progress?.Stage("reading")).Analyze().Schema;
            }

            var schema = JsonSchemaWriter.Write(kinds.Kinds, kinds.Enums);
            if (parse.GetValue(output) is not { } target)
            {
                context.Stdout.Write(schema);
                return CliApp.Clean;
            }

            var path = context.FullPath(target);
            if (Directory.Exists(path))
            {
                path = Path.Combine(path, JsonSchemaWriter.FileName);
            }

            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, schema, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            context.Stdout.WriteLine($"factsgen: wrote {Path.GetRelativePath(context.CurrentDirectory, path)}");
            return CliApp.Clean;
        });
        return command;
    }
}

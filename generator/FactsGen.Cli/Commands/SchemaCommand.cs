using System.CommandLine;
using System.IO;
using System.Text;
using FactsGen.Schema;

namespace FactsGen.Cli.Commands;

/// <summary><c>factsgen schema [--output &lt;file&gt;]</c>: the JSON Schema for fact files, from the kind descriptors.</summary>
internal static class SchemaCommand
{
    public static Command Create(CliContext context)
    {
        var output = new Option<string>("--output", "-o")
        {
            Description = $"Write the schema to this file (or to {JsonSchemaWriter.FileName} in this folder) instead of standard output.",
            HelpName = "file",
        };
        var command = new Command("schema", "Prints the JSON Schema for fact files. Point fact files at it with a first line: # yaml-language-server: $schema=./factsgen.schema.json")
        {
            output,
        };
        command.SetAction(parse =>
        {
            var schema = JsonSchemaWriter.Write();
            if (parse.GetValue(output) is not { } given)
            {
                context.Stdout.Write(schema);
                return CliApp.Clean;
            }

            var path = context.FullPath(given);
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

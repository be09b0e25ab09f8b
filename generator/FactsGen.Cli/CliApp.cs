using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using FactsGen.Schema;

namespace FactsGen.Cli;

/// <summary>The <c>factsgen</c> command line: <c>check</c> and <c>schema</c>.</summary>
internal static class CliApp
{
    public const int Clean = 0;
    public const int Errors = 1;
    public const int Usage = 2;

    public const string HelpText = """
        factsgen: checks FactsGen fact files without building C#.

        Usage:
          factsgen check <folder> [--format text|json]
              Checks every *.yaml / *.yml fact file and *.txt article under <folder> (recursively,
              skipping bin, obj, node_modules and folders starting with '.') with the generator's
              own checks. Prints one line per problem, as the compiler does:
                facts/deployments.yaml(12,14): error FG0007: ...
              Exit code: 0 no errors (warnings are printed), 1 errors, 2 usage error.
              --format json prints one JSON object instead (for tools).
          factsgen schema [--output <file>]
              Prints the JSON Schema for fact files (or writes it to <file>). Point fact files at it
              with a first line: # yaml-language-server: $schema=./factsgen.schema.json
          factsgen lsp
              Runs the language server for fact files (LSP over stdin/stdout), for editors:
              see docs/editors/language-server.md.
          factsgen --version | --help
        """;

    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, string currentDirectory)
    {
        if (args.Count == 0)
        {
            return UsageError(stderr, "no command given");
        }

        switch (args[0])
        {
            case "-h":
            case "--help":
            case "help":
            case "-?":
                stdout.WriteLine(HelpText);
                return Clean;
            case "--version":
                stdout.WriteLine(Version);
                return Clean;
            case "check":
                return Check(args, stdout, stderr, currentDirectory);
            case "schema":
                return WriteSchema(args, stdout, stderr, currentDirectory);
            case "lsp":
                // The language server speaks LSP on the process's own stdin/stdout (its log goes to stderr).
                return FactsGen.LanguageServer.LanguageServerHost.RunAsync(Console.OpenStandardInput(), Console.OpenStandardOutput(), System.Threading.CancellationToken.None).GetAwaiter().GetResult();
            default:
                return UsageError(stderr, $"unknown command '{args[0]}'");
        }
    }

    public static string Version =>
        typeof(CliApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    private static int Check(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, string currentDirectory)
    {
        string? folder = null;
        var format = OutputFormat.Text;
        for (var i = 1; i < args.Count; i++)
        {
            var arg = args[i];
            if (TryOption(args, ref i, "--format", out var value, out var missing))
            {
                if (missing)
                {
                    return UsageError(stderr, "--format needs a value: text or json");
                }

                switch (value)
                {
                    case "text":
                        format = OutputFormat.Text;
                        break;
                    case "json":
                        format = OutputFormat.Json;
                        break;
                    default:
                        return UsageError(stderr, $"unknown format '{value}'; use text or json");
                }
            }
            else if (arg.StartsWith("-", StringComparison.Ordinal) && arg.Length > 1)
            {
                return UsageError(stderr, $"unknown option '{arg}'");
            }
            else if (folder is null)
            {
                folder = arg;
            }
            else
            {
                return UsageError(stderr, $"one folder only ('{folder}' and '{arg}' given)");
            }
        }

        if (folder is null)
        {
            return UsageError(stderr, "check needs a folder, e.g. factsgen check facts");
        }

        var full = Path.GetFullPath(folder, currentDirectory);
        if (!Directory.Exists(full))
        {
            return UsageError(stderr, File.Exists(full) ? $"'{folder}' is a file; give the folder of the fact base" : $"folder '{folder}' does not exist");
        }

        var result = CheckCommand.Run(full, currentDirectory);
        if (format == OutputFormat.Json)
        {
            OutputWriter.WriteJson(stdout, result, folder);
        }
        else
        {
            OutputWriter.WriteText(stdout, result);
        }

        return result.ErrorCount > 0 ? Errors : Clean;
    }

    private static int WriteSchema(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, string currentDirectory)
    {
        string? output = null;
        for (var i = 1; i < args.Count; i++)
        {
            if (TryOption(args, ref i, "--output", out var value, out var missing) || TryOption(args, ref i, "-o", out value, out missing))
            {
                if (missing)
                {
                    return UsageError(stderr, "--output needs a file name");
                }

                output = value;
            }
            else
            {
                return UsageError(stderr, $"unknown argument '{args[i]}'");
            }
        }

        var schema = JsonSchemaWriter.Write(FactKinds.All, FactKinds.Enums);
        if (output is null)
        {
            stdout.Write(schema);
            return Clean;
        }

        var path = Path.GetFullPath(output, currentDirectory);
        if (Directory.Exists(path))
        {
            path = Path.Combine(path, JsonSchemaWriter.FileName);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, schema, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        stdout.WriteLine($"factsgen: wrote {Path.GetRelativePath(currentDirectory, path)}");
        return Clean;
    }

    /// <summary>Reads <c>--name value</c> or <c>--name=value</c> at <paramref name="i"/>.</summary>
    private static bool TryOption(IReadOnlyList<string> args, ref int i, string name, out string value, out bool missing)
    {
        value = string.Empty;
        missing = false;
        var arg = args[i];
        if (arg.StartsWith(name + "=", StringComparison.Ordinal))
        {
            value = arg.Substring(name.Length + 1);
            missing = value.Length == 0;
            return true;
        }

        if (arg != name)
        {
            return false;
        }

        if (i + 1 >= args.Count)
        {
            missing = true;
            return true;
        }

        value = args[++i];
        return true;
    }

    private static int UsageError(TextWriter stderr, string message)
    {
        stderr.WriteLine($"factsgen: {message}");
        stderr.WriteLine("Usage: factsgen check <folder> [--format text|json] | factsgen schema [--output <file>] | factsgen --help");
        return Usage;
    }
}

internal enum OutputFormat
{
    Text,
    Json,
}

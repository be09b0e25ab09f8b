using System;
using System.CommandLine;
using FactsGen.LanguageServer;

namespace FactsGen.Cli.Commands;

/// <summary><c>factsgen lsp</c>: the language server for fact files, over the process's stdin and stdout (docs/editors/language-server.md).</summary>
internal static class LspCommand
{
    public static Command Create()
    {
        var command = new Command("lsp", "Runs the language server for fact files (LSP over standard input and output), for editors. Its log goes to standard error.");
        command.SetAction((parse, cancellationToken) =>
            // LSP speaks on the process's own streams, never on the console writers the other commands use.
            LanguageServerHost.RunAsync(Console.OpenStandardInput(), Console.OpenStandardOutput(), cancellationToken));
        return command;
    }
}

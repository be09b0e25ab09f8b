using System;
using System.CommandLine;
using System.Threading;
using FactsGen.LanguageServer;

namespace FactsGen.Cli.Commands;

/// <summary><c>factsgen lsp</c>: the language server for fact files, on the process's own stdin and stdout.</summary>
internal static class LspCommand
{
    public static Command Create()
    {
        var command = new Command("lsp", "Runs the language server for fact files: LSP over standard input and output, for editors (see docs/editors/language-server.md). Its log goes to standard error.");

        // The raw streams, not the context's writers: the protocol owns standard output.
        command.SetAction(_ => LanguageServerHost.RunAsync(Console.OpenStandardInput(), Console.OpenStandardOutput(), CancellationToken.None).GetAwaiter().GetResult());
        return command;
    }
}

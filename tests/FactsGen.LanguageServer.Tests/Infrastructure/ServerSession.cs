using System.Text.Json.Nodes;

namespace FactsGen.LanguageServer.Tests.Infrastructure;

/// <summary>
/// A test's server: a scratch copy of the facts, <c>factsgen lsp</c> started on it and initialized,
/// in the test's process over pipes (<see cref="InProcessConnection"/>) unless the test is about the
/// process itself (<see cref="OverStdio"/>). Checks at the end that the server wrote nothing to the
/// fact base (edits only ever go back to the client) and stops the server if a test left it running.
/// </summary>
public abstract class ServerSession : IAsyncLifetime
{
    private Dictionary<string, byte[]> _before = new();

    protected ScratchFactBase Scratch { get; } = new();

    protected LspClient Client { get; private set; } = null!;

    protected JsonObject Capabilities { get; private set; } = null!;

    protected virtual object? InitializationOptions => null;

    /// <summary>Whether the server is the built <c>factsgen lsp</c> process, spoken to over its stdio.</summary>
    protected virtual bool OverStdio => false;

    /// <summary>Changes the scratch copy on disk before the server starts.</summary>
    protected virtual void Prepare()
    {
    }

    public virtual async Task InitializeAsync()
    {
        Prepare();
        _before = Scratch.Contents();
        Client = new LspClient(OverStdio ? ProcessConnection.FactsGenLsp(Scratch.Root) : new InProcessConnection());
        Capabilities = await Client.InitializeAsync(Scratch.Root, InitializationOptions);
    }

    public async Task DisposeAsync()
    {
        try
        {
            await Client.DisposeAsync();
            var after = Scratch.Contents();
            Assert.Equal(_before.Keys.Order(), after.Keys.Order());
            Assert.All(_before, p => Assert.True(p.Value.AsSpan().SequenceEqual(after[p.Key]), p.Key + " was changed on disk"));
        }
        finally
        {
            Scratch.Dispose();
        }
    }

    /// <summary>Opens a fact file with the given text (or its text on disk); returns its text.</summary>
    protected async Task<string> OpenAsync(string relative, string? text = null)
    {
        text ??= Scratch.Read(relative);
        await Client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri = LspClient.Uri(Scratch.File(relative)), languageId = "yaml", version = 1, text } });
        return text;
    }

    /// <summary>Sends the whole new text of a document (full sync).</summary>
    protected Task ReplaceAsync(string relative, string text, int version = 2) =>
        Client.NotifyAsync("textDocument/didChange", new
        {
            textDocument = new { uri = LspClient.Uri(Scratch.File(relative)), version },
            contentChanges = new[] { new { text } },
        });

    /// <summary>Sends one incremental change: <paramref name="length"/> characters at a position replaced.</summary>
    protected Task EditAsync(string relative, (int Line, int Character) at, int length, string newText, int version = 2) =>
        Client.NotifyAsync("textDocument/didChange", new
        {
            textDocument = new { uri = LspClient.Uri(Scratch.File(relative)), version },
            contentChanges = new[] { new { range = TextEdits.Range(at, (at.Line, at.Character + length)), text = newText } },
        });

    protected object At(string relative, (int Line, int Character) position) =>
        new { textDocument = new { uri = LspClient.Uri(Scratch.File(relative)) }, position = TextEdits.Position(position.Line, position.Character) };

    /// <summary>Replaces the one occurrence of <paramref name="from"/> in a file on disk.</summary>
    protected void Break(string relative, string from, string to)
    {
        var text = Scratch.Read(relative);
        Assert.Single(text.Split(from)[1..]);
        File.WriteAllText(Scratch.File(relative), text.Replace(from, to, StringComparison.Ordinal));
    }

    protected static bool Has(JsonArray diagnostics, string code) => diagnostics.Any(d => (string?)d!["code"] == code);
}

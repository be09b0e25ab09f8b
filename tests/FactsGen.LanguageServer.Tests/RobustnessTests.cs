using System.Text;
using System.Text.Json.Nodes;
using FactsGen.LanguageServer.Tests.Infrastructure;

namespace FactsGen.LanguageServer.Tests;

/// <summary>Bad input from a client: each gets an error or is ignored, and the server keeps serving.</summary>
public sealed class RobustnessTests : ServerSession
{
    [Fact]
    public async Task MalformedJson_GetsAParseError_AndTheServerReadsOn()
    {
        await Client.SendRawAsync(Encoding.UTF8.GetBytes("{\"jsonrpc\": \"2.0\", \"id\": 7, \"method\": "));
        var error = await Client.NullIdResponseAsync();
        Assert.Equal(-32700, (int)error["error"]!["code"]!);

        await ServerStillAnswers();
    }

    [Fact]
    public async Task NotAJsonRpcMessage_GetsAParseError()
    {
        await Client.SendRawAsync(Encoding.UTF8.GetBytes("[1, 2, 3]"));
        var error = await Client.NullIdResponseAsync();
        Assert.Equal(-32700, (int)error["error"]!["code"]!);

        await ServerStillAnswers();
    }

    [Fact]
    public async Task UnknownMethod_IsMethodNotFound()
    {
        var response = await Client.RequestAsync("textDocument/noSuchThing", new { });

        Assert.Equal(-32601, (int)response["error"]!["code"]!);

        // An unknown notification has no answer to give; it is ignored.
        await Client.NotifyAsync("workspace/noSuchNotification", new { });
        await ServerStillAnswers();
        Assert.Empty(Client.Notifications("workspace/noSuchNotification"));
    }

    [Fact]
    public async Task HandlerFault_AnswersThatRequestWithAnError_AndTheServerKeepsRunning()
    {
        // No textDocument: the hover handler fails on it.
        var response = await Client.RequestAsync("textDocument/hover", new { position = new { line = 0, character = 0 } });

        Assert.Equal(-32603, (int)response["error"]!["code"]!);
        Assert.Contains("textDocument/hover failed", (string)response["error"]!["message"]!, StringComparison.Ordinal);
        await ServerStillAnswers();
    }

    [Fact]
    public async Task ParamsOfTheWrongShape_AreInvalidParams()
    {
        var response = await Client.RequestAsync("textDocument/hover", new { textDocument = 5, position = "here" });

        Assert.Equal(-32602, (int)response["error"]!["code"]!);
        await ServerStillAnswers();
    }

    [Fact]
    public async Task PositionOutsideTheDocument_IsInvalidParams()
    {
        await OpenAsync("actors.yaml");

        var response = await Client.RequestAsync("textDocument/hover", At("actors.yaml", (5000, 0)));

        Assert.Equal(-32602, (int)response["error"]!["code"]!);
    }

    [Fact]
    public async Task EditPastTheEnd_IsIgnored_AndTheTextStaysAsItWas()
    {
        var path = Scratch.File("deployments.yaml");
        var text = await OpenAsync("deployments.yaml");

        await EditAsync("deployments.yaml", (5000, 0), 3, "garbage");
        var at = TextEdits.Find(text, "estimated", "certainty: ");
        await EditAsync("deployments.yaml", at, "estimated".Length, "estimatd", version: 3);

        // Had the bogus edit been applied anywhere, the text (and so the diagnostics) would differ.
        var diagnostics = await Client.DiagnosticsAsync(path, d => Has(d, "FG0005"));
        var offset = TextEdits.Offset(text, at.Line, at.Character);
        var expected = Scratch.Analyze(new Dictionary<string, string> { [path] = text.Remove(offset, "estimated".Length).Insert(offset, "estimatd") }).Where(d => d.Location!.Value.FilePath == path);
        Assert.Equal(expected.Select(d => d.Message), diagnostics.Select(d => (string)d!["message"]!));
        Assert.Contains(Client.Notifications("window/logMessage"), m => ((string)m["params"]!["message"]!).Contains("ignored a change", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FileOutsideTheFactBase_IsIgnored()
    {
        var outside = Path.Combine(Scratch.Root, "notes.yaml");
        await Client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri = LspClient.Uri(outside), languageId = "yaml", version = 1, text = "actors:\n  - id: Not A Slug\n" } });

        var hover = await Client.ResultAsync("textDocument/hover", new { textDocument = new { uri = LspClient.Uri(outside) }, position = new { line = 1, character = 10 } });
        var symbols = await Client.ResultAsync("textDocument/documentSymbol", new { textDocument = new { uri = LspClient.Uri(outside) } });

        Assert.Null(hover);
        Assert.Empty(symbols!.AsArray());

        // A file of the fact base opened after it is published; the outside one never is.
        await OpenAsync("actors.yaml");
        await Client.DiagnosticsAsync(Scratch.File("actors.yaml"), _ => true);
        Assert.False(Client.WasPublished(outside));
    }

    [Fact]
    public async Task FullAndIncrementalSync_BothApply()
    {
        var path = Scratch.File("sanctions.yaml");
        var text = await OpenAsync("sanctions.yaml");

        await ReplaceAsync("sanctions.yaml", text.Replace("imposed-by: nigeria", "imposed-by: nigerai", StringComparison.Ordinal));
        await Client.DiagnosticsAsync(path, d => Has(d, "FG0007"));

        // "nigerai" -> "nigeria" by an incremental edit of two characters, on the replaced text.
        var at = TextEdits.Find(text, "nigeria", "imposed-by: ");
        await EditAsync("sanctions.yaml", (at.Line, at.Character + 5), 2, "ia", version: 3);
        await Client.DiagnosticsAsync(path, d => d.Count == 0);
    }

    private async Task ServerStillAnswers()
    {
        var symbols = await Client.ResultAsync("textDocument/documentSymbol", new { textDocument = new { uri = LspClient.Uri(Scratch.File("actors.yaml")) } });
        Assert.NotEmpty(symbols!.AsArray());
    }
}

/// <summary>A client that skips initialize.</summary>
public sealed class UninitializedServerTests : IAsyncLifetime
{
    private readonly ScratchFactBase _scratch = new();
    private LspClient _client = null!;

    public Task InitializeAsync()
    {
        _client = new LspClient(new InProcessConnection());
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _client.DisposeAsync();
        _scratch.Dispose();
    }

    [Fact]
    public async Task RequestBeforeInitialize_IsServerNotInitialized()
    {
        var response = await _client.RequestAsync("textDocument/hover", new { textDocument = new { uri = LspClient.Uri(_scratch.File("actors.yaml")) }, position = new { line = 0, character = 0 } });

        Assert.Equal(-32002, (int)response["error"]!["code"]!);
    }
}

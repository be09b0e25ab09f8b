using System.Text.Json.Nodes;
using FactsGen.LanguageServer.Tests.Infrastructure;

namespace FactsGen.LanguageServer.Tests;

/// <summary>initialize, initialized, shutdown, exit; and the clean real fact base.</summary>
public sealed class LifecycleTests : ServerSession
{
    [Fact]
    public void Initialize_AnnouncesEveryFeature()
    {
        Assert.Equal(2, (int)Capabilities["textDocumentSync"]!["change"]!);
        Assert.True((bool)Capabilities["textDocumentSync"]!["openClose"]!);
        Assert.True((bool)Capabilities["hoverProvider"]!);
        Assert.True((bool)Capabilities["definitionProvider"]!);
        Assert.True((bool)Capabilities["documentSymbolProvider"]!);
        Assert.True((bool)Capabilities["renameProvider"]!["prepareProvider"]!);
        Assert.Contains("quickfix", Capabilities["codeActionProvider"]!["codeActionKinds"]!.AsArray().Select(k => (string)k!));
        Assert.NotNull(Capabilities["completionProvider"]);
    }

    [Fact]
    public async Task RealFactBase_OpenedFileGetsAnEmptyList_AndShutdownExitsZero()
    {
        await OpenAsync("deployments.yaml");

        var diagnostics = await Client.DiagnosticsAsync(Scratch.File("deployments.yaml"), _ => true);

        Assert.Empty(diagnostics);
        Assert.Empty(Scratch.Analyze());
        Assert.Equal(0, await Client.ShutdownAsync());
    }

    [Fact]
    public async Task ExitWithoutShutdown_ExitsOne()
    {
        await Client.NotifyAsync("exit", null);

        Assert.Equal(1, await Client.ExitCodeAsync());
    }

    [Fact]
    public async Task RequestsAfterShutdown_AreInvalid()
    {
        await Client.ResultAsync("shutdown", null);

        var response = await Client.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri = LspClient.Uri(Scratch.File("actors.yaml")) } });

        Assert.Equal(-32600, (int)response["error"]!["code"]!);
    }
}

using System.Text.Json.Nodes;
using FactsGen.LanguageServer.Tests.Infrastructure;

namespace FactsGen.LanguageServer.Tests;

/// <summary>initialize, initialized, shutdown, exit; and the clean real fact base. The built process over its real stdio: its exit codes are the process's.</summary>
public sealed class LifecycleTests : ServerSession
{
    protected override bool OverStdio => true;

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
    public void Initialize_AnnouncesThatWorkspaceFoldersAreFollowed()
    {
        Assert.True((bool)Capabilities["workspace"]!["workspaceFolders"]!["supported"]!);
        Assert.True((bool)Capabilities["workspace"]!["workspaceFolders"]!["changeNotifications"]!);
    }

    [Fact]
    public async Task WorkspaceFolderAddedAfterInitialize_IsChecked_AndRemovingItClearsItsDiagnostics()
    {
        using var other = new ScratchFactBase();
        var broken = other.File("deployments.yaml");
        File.WriteAllText(broken, other.Read("deployments.yaml").Replace("certainty: believed", "certainty: belived", StringComparison.Ordinal));
        var folder = new { uri = LspClient.Uri(other.Root), name = "other" };

        await Client.NotifyAsync("workspace/didChangeWorkspaceFolders", new { @event = new { added = new[] { folder }, removed = Array.Empty<object>() } });
        await Client.DiagnosticsAsync(broken, d => Has(d, "FG0005"));

        await Client.NotifyAsync("workspace/didChangeWorkspaceFolders", new { @event = new { added = Array.Empty<object>(), removed = new[] { folder } } });
        await Client.DiagnosticsAsync(broken, d => d.Count == 0);
    }

    [Fact]
    public async Task Diagnostics_CarryTheVersionOfTheTextTheyWereComputedFor()
    {
        var text = await OpenAsync("deployments.yaml");
        var at = TextEdits.Find(text, "believed", "certainty: ");

        await EditAsync("deployments.yaml", at, "believed".Length, "belived", version: 7);
        await Client.DiagnosticsAsync(Scratch.File("deployments.yaml"), d => Has(d, "FG0005"));

        var published = Client.Notifications("textDocument/publishDiagnostics").Last(n => (string?)n["params"]!["uri"] == LspClient.Uri(Scratch.File("deployments.yaml")));
        Assert.Equal(7, (int)published["params"]!["version"]!);
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

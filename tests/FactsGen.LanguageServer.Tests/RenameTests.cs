using System.Text.Json.Nodes;
using FactsGen.LanguageServer.Tests.Infrastructure;

namespace FactsGen.LanguageServer.Tests;

/// <summary>Renaming an id: one workspace edit over every file of the fact base, open or not.</summary>
public sealed class RenameTests : ServerSession
{
    [Fact]
    public async Task PrepareRename_OnAReference_GivesTheIdAndItsRange()
    {
        var text = await OpenAsync("deployments.yaml");
        var (line, character) = TextEdits.Find(text, "wagner", "id: wagner-car-mali\n    actor: ");

        var result = await Client.ResultAsync("textDocument/prepareRename", At("deployments.yaml", (line, character + 2)));

        Assert.Equal("wagner", (string)result!["placeholder"]!);
        NavigationTests.AssertRange(result["range"]!, line, character, line, character + "wagner".Length);
    }

    [Fact]
    public async Task PrepareRename_OnAKey_IsNull()
    {
        var text = await OpenAsync("deployments.yaml");

        Assert.Null(await Client.ResultAsync("textDocument/prepareRename", At("deployments.yaml", TextEdits.Find(text, "location"))));
    }

    [Fact]
    public async Task RenameWagner_ChangesItsIdAndEveryReference_AcrossClosedFiles()
    {
        var text = await OpenAsync("deployments.yaml");
        var at = TextEdits.Find(text, "wagner", "id: wagner-car-mali\n    actor: ");

        var edit = await Client.ResultAsync("textDocument/rename", new { textDocument = new { uri = LspClient.Uri(Scratch.File("deployments.yaml")) }, position = TextEdits.Position(at.Line, at.Character), newName = "wagner-group" });

        var renamed = Apply(edit!);
        Assert.Contains("  - id: wagner-group\n", renamed[Scratch.File("actors.yaml")], StringComparison.Ordinal);
        Assert.Equal(3, renamed[Scratch.File("deployments.yaml")].Split("actor: wagner-group\n").Length - 1);
        Assert.Empty(Scratch.Analyze(renamed));

        // The id is free again: nothing still refers to the old one.
        Assert.DoesNotContain(renamed.Values, t => System.Text.RegularExpressions.Regex.IsMatch(t, @"[\[ ,]wagner[\],\n]"));
    }

    [Fact]
    public async Task RenameAnArticle_FromACitation_ChangesItsDeclarationAndEveryCitation()
    {
        var text = await OpenAsync("deployments.yaml");
        var at = TextEdits.Find(text, "blinken-wagner-niger-coup");

        var edit = await Client.ResultAsync("textDocument/rename", new { textDocument = new { uri = LspClient.Uri(Scratch.File("deployments.yaml")) }, position = TextEdits.Position(at.Line, at.Character), newName = "coup-article" });

        var renamed = Apply(edit!);
        Assert.Contains("  - id: coup-article\n", renamed[Scratch.File("articles.yaml")], StringComparison.Ordinal);
        Assert.Empty(Scratch.Analyze(renamed));
        Assert.DoesNotContain(renamed.Values, t => t.Contains("blinken-wagner-niger-coup", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Wagner Group")]
    [InlineData("france")]
    public async Task RenameToAnInvalidOrTakenId_IsRefused(string newName)
    {
        var text = await OpenAsync("deployments.yaml");
        var at = TextEdits.Find(text, "wagner", "id: wagner-car-mali\n    actor: ");

        var response = await Client.RequestAsync("textDocument/rename", new { textDocument = new { uri = LspClient.Uri(Scratch.File("deployments.yaml")) }, position = TextEdits.Position(at.Line, at.Character), newName });

        Assert.Equal(-32803, (int)response["error"]!["code"]!);
    }

    /// <summary>The files' texts after the workspace edit, keyed by path (only the files it changes).</summary>
    private Dictionary<string, string> Apply(JsonNode edit)
    {
        var result = new Dictionary<string, string>();
        foreach (var (uri, edits) in edit["changes"]!.AsObject())
        {
            var path = new Uri(uri).LocalPath;
            result[path] = TextEdits.Apply(File.ReadAllText(path), edits!.AsArray());
        }

        return result;
    }
}

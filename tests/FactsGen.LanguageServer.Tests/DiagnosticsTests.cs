using System.Text.Json.Nodes;
using FactsGen.Diagnostics;
using FactsGen.LanguageServer.Tests.Infrastructure;

namespace FactsGen.LanguageServer.Tests;

/// <summary>Diagnostics of open documents' unsaved text, and of the closed files an edit affects; cleared when fixed.</summary>
public sealed class DiagnosticsTests : ServerSession
{
    [Fact]
    public async Task UnsavedEdit_ReportsTheError_AndFixingItClearsIt()
    {
        var path = Scratch.File("deployments.yaml");
        var text = await OpenAsync("deployments.yaml");
        var at = TextEdits.Find(text, "estimated", "certainty: ");

        await EditAsync("deployments.yaml", at, "estimated".Length, "estimatd");
        var broken = await Client.DiagnosticsAsync(path, d => Has(d, "FG0005"));

        var expected = Scratch.Analyze(new Dictionary<string, string> { [path] = text.Remove(TextEdits.Offset(text, at.Line, at.Character), "estimated".Length).Insert(TextEdits.Offset(text, at.Line, at.Character), "estimatd") })
            .Where(d => d.Location!.Value.FilePath == path && d.Id != "FG0013");
        Assert.Equal(expected.Select(Expected), broken.Where(d => (string?)d!["code"] != "FG0013").Select(Actual));
        Assert.Contains("did you mean 'estimated'?", (string)broken.First(d => (string?)d!["code"] == "FG0005")!["message"]!, StringComparison.Ordinal);

        await EditAsync("deployments.yaml", at, "estimatd".Length, "estimated", version: 3);
        await Client.DiagnosticsAsync(path, d => !Has(d, "FG0005"));
    }

    [Fact]
    public async Task ArticleEdit_ReverifiesTheQuotesThatCiteIt_InClosedFiles()
    {
        var article = "articles/000_2f8952a31158ad31.txt";
        var text = Scratch.Read(article);
        await OpenAsync(article, text);
        var at = TextEdits.Find(text, "military forces in Niger");

        await EditAsync(article, at, "military".Length, "milItary");

        // Both files that quote "military forces in Niger" from that line, neither of them open.
        foreach (var file in new[] { "deployments.yaml", "actors.yaml" })
        {
            var diagnostics = await Client.DiagnosticsAsync(Scratch.File(file), d => Has(d, "FG0013"));
            var only = Assert.Single(diagnostics);
            Assert.StartsWith("Quote not found on line 5 of article 'blinken-wagner-niger-coup'", (string)only!["message"]!, StringComparison.Ordinal);
        }

        await EditAsync(article, at, "milItary".Length, "military", version: 3);
        await Client.DiagnosticsAsync(Scratch.File("deployments.yaml"), d => d.Count == 0);
        await Client.DiagnosticsAsync(Scratch.File("actors.yaml"), d => d.Count == 0);
    }

    [Fact]
    public async Task RenamedIdInAnOpenFile_BreaksReferencesInClosedFiles_UntilReverted()
    {
        var text = await OpenAsync("actors.yaml");
        var at = TextEdits.Find(text, "france", "- id: ");

        await EditAsync("actors.yaml", at, "france".Length, "frankreich");
        var deployments = await Client.DiagnosticsAsync(Scratch.File("deployments.yaml"), d => Has(d, "FG0007"));
        Assert.Contains(deployments, d => ((string)d!["message"]!).StartsWith("'actor' refers to actor 'france', which does not exist", StringComparison.Ordinal));

        await EditAsync("actors.yaml", at, "frankreich".Length, "france", version: 3);
        await Client.DiagnosticsAsync(Scratch.File("deployments.yaml"), d => !Has(d, "FG0007"));
    }

    [Fact]
    public async Task ClosingAnEditedDocument_GoesBackToTheDisksText()
    {
        var path = Scratch.File("sanctions.yaml");
        var text = await OpenAsync("sanctions.yaml");
        await ReplaceAsync("sanctions.yaml", text.Replace("imposed-by: nigeria", "imposed-by: nigerai", StringComparison.Ordinal));
        await Client.DiagnosticsAsync(path, d => Has(d, "FG0007"));

        await Client.NotifyAsync("textDocument/didClose", new { textDocument = new { uri = LspClient.Uri(path) } });

        await Client.DiagnosticsAsync(path, d => d.Count == 0);
    }

    [Fact]
    public async Task ClosedFileChangedOnDisk_IsReadAgain_WhenTheClientSaysSo()
    {
        var path = Scratch.File("sanctions.yaml");
        var original = File.ReadAllBytes(path);
        var watched = new { changes = new[] { new { uri = LspClient.Uri(path), type = 2 } } };
        try
        {
            File.WriteAllText(path, Scratch.Read("sanctions.yaml").Replace("imposed-by: nigeria", "imposed-by: nigerai", StringComparison.Ordinal));
            await Client.NotifyAsync("workspace/didChangeWatchedFiles", watched);
            await Client.DiagnosticsAsync(path, d => Has(d, "FG0007"));
        }
        finally
        {
            File.WriteAllBytes(path, original);
        }

        await Client.NotifyAsync("workspace/didChangeWatchedFiles", watched);
        await Client.DiagnosticsAsync(path, d => d.Count == 0);
    }

    internal static string Expected(DiagnosticInfo d) =>
        $"{d.Id} {(d.Descriptor.DefaultSeverity == Microsoft.CodeAnalysis.DiagnosticSeverity.Warning ? 2 : 1)} ({d.Location!.Value.StartLine},{d.Location.Value.StartColumn})-({d.Location.Value.EndLine},{d.Location.Value.EndColumn}) {d.Message}";

    internal static string Actual(JsonNode? d) =>
        $"{(string)d!["code"]!} {(int)d["severity"]!} ({(int)d["range"]!["start"]!["line"]!},{(int)d["range"]!["start"]!["character"]!})-({(int)d["range"]!["end"]!["line"]!},{(int)d["range"]!["end"]!["character"]!}) {(string)d["message"]!}";
}

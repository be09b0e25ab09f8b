using System.Text.Json.Nodes;
using FactsGen.LanguageServer.Tests.Infrastructure;

namespace FactsGen.LanguageServer.Tests;

/// <summary>Quick fixes, applied as a client applies them, until the fact base checks clean.</summary>
public sealed class CodeActionTests : ServerSession
{
    [Theory]
    [InlineData("7", "FG0013")]
    [InlineData("99", "FG0012")]
    public async Task WrongQuoteLine_FixedByCiteLineNInstead_ThenChecksClean(string wrongLine, string code)
    {
        var path = Scratch.File("deployments.yaml");
        var original = await OpenAsync("deployments.yaml");
        var at = TextEdits.Find(original, "9, quote: \"It is estimated");
        await EditAsync("deployments.yaml", at, 1, wrongLine);
        var broken = original.Remove(TextEdits.Offset(original, at.Line, at.Character), 1).Insert(TextEdits.Offset(original, at.Line, at.Character), wrongLine);

        var diagnostics = await Client.DiagnosticsAsync(path, d => Has(d, code));
        var diagnostic = Assert.Single(diagnostics);
        var action = Assert.Single(await Actions("deployments.yaml", diagnostic!));

        Assert.Equal("Cite line 9 instead", (string)action!["title"]!);
        Assert.Equal("quickfix", (string)action["kind"]!);
        var edits = action["edit"]!["changes"]![LspClient.Uri(path)]!.AsArray();
        var @fixed = TextEdits.Apply(broken, edits);
        Assert.Equal(original, @fixed);

        await ReplaceAsync("deployments.yaml", @fixed, version: 3);
        await Client.DiagnosticsAsync(path, d => d.Count == 0);
        Assert.Empty(Scratch.Analyze(new Dictionary<string, string> { [path] = @fixed }));
    }

    [Fact]
    public async Task QuoteFoundNowhere_OffersNoLineFix()
    {
        var path = Scratch.File("deployments.yaml");
        var original = await OpenAsync("deployments.yaml");
        await ReplaceAsync("deployments.yaml", original.Replace("It is estimated that", "It is estimated, that", StringComparison.Ordinal));

        var diagnostic = Assert.Single(await Client.DiagnosticsAsync(path, d => Has(d, "FG0013")));

        Assert.DoesNotContain(await Actions("deployments.yaml", diagnostic!), a => ((string)a!["title"]!).StartsWith("Cite line", StringComparison.Ordinal));
    }

    [Fact]
    public async Task QuoteOnSeveralLines_OffersOneCiteLineActionPerLine_NonePreferred()
    {
        var path = Scratch.File("deployments.yaml");
        var original = await OpenAsync("deployments.yaml");
        var broken = ReplaceFirst(original, "line: 9, quote: \"It is estimated that around 5,000 Wagner troops are stationed across Africa\"", "line: 9, quote: \"Wagner chief\"");
        await ReplaceAsync("deployments.yaml", broken);

        // (The quote no longer mentions the strength either: FG0017 too, which is not this test's.)
        var diagnostic = Assert.Single(await Client.DiagnosticsAsync(path, d => Has(d, "FG0013")), d => (string?)d!["code"] == "FG0013");
        Assert.EndsWith("it is on lines 13 and 21 of the article; cite the one you mean", (string)diagnostic!["message"]!, StringComparison.Ordinal);
        Assert.Equal("13,21", (string?)diagnostic["data"]?["lines"]);

        var actions = (await Actions("deployments.yaml", diagnostic)).Where(a => ((string)a!["title"]!).StartsWith("Cite line", StringComparison.Ordinal)).ToList();
        Assert.Equal(["Cite line 13 instead", "Cite line 21 instead"], actions.Select(a => (string)a!["title"]!));
        Assert.All(actions, a => Assert.False((bool)a!["isPreferred"]!));
        foreach (var (action, line) in actions.Zip(new[] { "13", "21" }))
        {
            var @fixed = TextEdits.Apply(broken, action!["edit"]!["changes"]![LspClient.Uri(path)]!.AsArray());
            Assert.Equal(broken.Replace("line: 9, quote: \"Wagner chief\"", $"line: {line}, quote: \"Wagner chief\"", StringComparison.Ordinal), @fixed);
        }
    }

    [Theory]
    [InlineData("deployments.yaml", "certainty: believed", "certainty: belived", "FG0005", "Change 'belived' to 'believed'")]
    [InlineData("sanctions.yaml", "imposed-by: nigeria", "imposed-by: nigerai", "FG0007", "Change 'nigerai' to 'nigeria'")]
    [InlineData("actors.yaml", "    name: \"Antony Blinken\"", "    nmae: \"Antony Blinken\"", "FG0003", "Change 'nmae' to 'name'")]
    [InlineData("deployments.yaml", "deployments:\n", "deploymnts:\n", "FG0002", "Change 'deploymnts' to 'deployments'")]
    [InlineData("actors.yaml", "kind: armed-group", "kind: \"armed-gruop\"", "FG0005", "Change 'armed-gruop' to 'armed-group'")]
    [InlineData("kinds.yaml", "type: ref actors", "type: ref actorz", "FG0016", "Change 'ref actorz' to 'ref actors'")]
    public async Task DidYouMean_IsAOneClickReplacement(string file, string from, string to, string code, string title)
    {
        var path = Scratch.File(file);
        var original = await OpenAsync(file);
        var broken = ReplaceFirst(original, from, to);
        await ReplaceAsync(file, broken);

        var diagnostic = (await Client.DiagnosticsAsync(path, d => Has(d, code))).First(d => (string?)d!["code"] == code);
        var action = Assert.Single(await Actions(file, diagnostic!), a => (string)a!["title"]! == title);

        // The suggestion travels as data, as Roslyn's diagnostic properties carry it; no one reads it out of the message.
        var words = title.Split('\'');
        Assert.Equal(words[3], (string?)diagnostic!["data"]?["didYouMean"]);

        // Only the word changes: quotes and everything around it stay.
        var @fixed = TextEdits.Apply(broken, action!["edit"]!["changes"]![LspClient.Uri(path)]!.AsArray());
        Assert.Equal(ReplaceFirst(broken, words[1], words[3]), @fixed);
        await ReplaceAsync(file, @fixed, version: 3);
        await Client.DiagnosticsAsync(path, d => d.Count == 0);
    }

    private async Task<JsonArray> Actions(string relative, JsonNode diagnostic) =>
        (await Client.ResultAsync("textDocument/codeAction", new
        {
            textDocument = new { uri = LspClient.Uri(Scratch.File(relative)) },
            range = diagnostic["range"]!.DeepClone(),
            context = new { diagnostics = new[] { diagnostic.DeepClone() } },
        }))!.AsArray();

    private static string ReplaceFirst(string text, string from, string to)
    {
        var at = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(at >= 0, from);
        return text[..at] + to + text[(at + from.Length)..];
    }
}

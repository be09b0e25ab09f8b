using System.Text.Json.Nodes;
using FactsGen.LanguageServer.Tests.Infrastructure;

namespace FactsGen.LanguageServer.Tests;

/// <summary>Claims and inferences in the editor: hover shows them, completion offers their keys, fields and ranks.</summary>
public sealed class ClaimsHoverAndCompletionTests : ServerSession
{
    [Fact]
    public async Task HoverOnARecordsId_ShowsItsClaims_AndItsInferencesAsTheEditors()
    {
        var text = await OpenAsync("events.yaml");

        var coup = await Hover("events.yaml", TextEdits.Find(text, "july-coup", "  - id: "));
        Assert.Contains("**Claim 1 of `date`** (preferred): `2023-07-26`", coup, StringComparison.Ordinal);
        Assert.Contains("**Claim 2 of `date`** (normal): `2023-07-31/2023-08-06` · \\'last week\\' in an article", coup, StringComparison.Ordinal);
        Assert.Contains("> “a military coup last week” — blinken\\-wagner\\-niger\\-coup\\, line 1", coup, StringComparison.Ordinal);

        var detention = await Hover("events.yaml", TextEdits.Find(text, "bazoum-detention", "  - id: "));
        Assert.Contains("*Inferred by the editor, not quoted:* `location`: the articles say he is detained", detention, StringComparison.Ordinal);
        Assert.Contains("*Inferred by the editor, not quoted:* `countries`: ", detention, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HoverOnAClaimsValueAndCitation_ShowTheClaimAndTheArticleLine()
    {
        var text = await OpenAsync("events.yaml");

        var value = await Hover("events.yaml", TextEdits.Find(text, "2023-07-31/2023-08-06", "- value: "));
        Assert.StartsWith("**Claim 2 of `date`** (normal): `2023-07-31/2023-08-06`", value, StringComparison.Ordinal);

        var citation = await Hover("events.yaml", TextEdits.Find(text, "a military coup last week\"}", "claims:"));
        Assert.StartsWith("**blinken\\-wagner\\-niger\\-coup**, line 1", citation, StringComparison.Ordinal);
        Assert.Contains("**a military coup last week**", citation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Completion_OffersInferredAtARecordsKey_AndTheFieldsInsideIt()
    {
        var text = (await OpenAsync("deployments.yaml")).Replace("    since: 2021\n", "    since: 2021\n    inferred:\n      st\n", StringComparison.Ordinal);
        await ReplaceAsync("deployments.yaml", text);
        var (line, _) = TextEdits.Find(text, "      st\n");

        var items = await Complete("deployments.yaml", (line, 8));

        var labels = items.Select(i => (string)i!["label"]!).ToList();
        Assert.Equal(["actor", "location", "countries", "strength", "personnel", "purpose", "since", "as-of", "certainty", "attributed-to"], labels);
        Assert.Equal("strength: \"\"", (string)items.Single(i => (string)i!["label"]! == "strength")!["textEdit"]!["newText"]!);
    }

    [Fact]
    public async Task Completion_OffersClaimsUnderADisputableField_TheKeysAClaimLacks_AndTheRanks()
    {
        var original = await OpenAsync("events.yaml");

        var underDate = original.Replace("    date: 2023-07-26/2023-08-09\n    location: \"Niger\"", "    date:\n      cl\n    location: \"Niger\"", StringComparison.Ordinal);
        await ReplaceAsync("events.yaml", underDate);
        Assert.Equal(["claims"], (await Complete("events.yaml", (TextEdits.Find(underDate, "      cl\n").Line, 8))).Select(i => (string)i!["label"]!));

        var inClaim = original.Replace("        - value: 2023-07-31/2023-08-06\n", "        - value: 2023-07-31/2023-08-06\n          r\n", StringComparison.Ordinal);
        await ReplaceAsync("events.yaml", inClaim, version: 3);
        Assert.Equal(["rank", "inferred"], (await Complete("events.yaml", (TextEdits.Find(inClaim, "          r\n").Line, 11))).Select(i => (string)i!["label"]!));

        var rank = original.Replace("          rank: preferred\n", "          rank: pr\n", StringComparison.Ordinal);
        await ReplaceAsync("events.yaml", rank, version: 4);
        var (line, character) = TextEdits.Find(rank, "pr\n", "rank: ");
        Assert.Equal(["normal", "preferred", "deprecated"], (await Complete("events.yaml", (line, character + 2))).Select(i => (string)i!["label"]!));
    }

    private async Task<string> Hover(string relative, (int Line, int Character) at) =>
        (string)(await Client.ResultAsync("textDocument/hover", At(relative, at)))!["contents"]!["value"]!;

    private async Task<JsonArray> Complete(string relative, (int Line, int Character) at) =>
        (await Client.ResultAsync("textDocument/completion", At(relative, at)))!["items"]!.AsArray();
}

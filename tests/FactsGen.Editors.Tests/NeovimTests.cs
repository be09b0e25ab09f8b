using System.Text.Json;

namespace FactsGen.Editors.Tests;

/// <summary>
/// Neovim headless (Debian's neovim) with the snippet of editors/nvim and `factsgen lsp`, on a copy
/// of the real fact base whose one citation names the wrong line: the server reports FG0013, its
/// code action cites the right line, and the saved file then checks clean, in Neovim and in
/// `factsgen check`. The Lua side is Neovim/fix-quote-line.lua.
/// </summary>
public sealed class NeovimTests : IDisposable
{
    /// <summary>A citation of the real fact base whose quote is on line 5 of its article, and on no other.</summary>
    private const string RightCitation = "line: 5, quote: \"The US has around 1,000 military forces in Niger\"";

    private readonly TempFolder _temp = new("nvim");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task WrongQuoteLine_IsFixedByTheCodeAction_AndTheFileThenChecksClean()
    {
        var nvim = EditorClients.Neovim;
        var dotnet = EditorClients.Dotnet;
        var factsgen = EditorClients.FactsGenDll;
        var facts = _temp.CopyFrom(RepoPaths.Facts, "facts");
        var file = Path.Combine(facts, "deployments.yaml");
        var original = File.ReadAllText(file);
        Assert.Equal(2, original.Split(RightCitation).Length);
        File.WriteAllText(file, original.Replace(RightCitation, RightCitation.Replace("line: 5", "line: 4", StringComparison.Ordinal), StringComparison.Ordinal));
        var result = _temp.Combine("result.txt");

        var run = await ProcessRunner.RunAsync(
            nvim,
            _temp.Path,
            new Dictionary<string, string?>
            {
                ["FACTSGEN_SNIPPET"] = Path.Combine(RepoPaths.Root, "editors", "nvim", "factsgen.lua"),
                ["FACTSGEN_CMD"] = JsonSerializer.Serialize(new[] { dotnet, factsgen, "lsp" }),
                ["FACTSGEN_FILE"] = file,
                ["FACTSGEN_RESULT"] = result,
            },
            TimeSpan.FromMinutes(4),
            "--headless", "-u", "NONE", "-i", "NONE", "-n", "-c", "luafile " + Path.Combine(RepoPaths.Root, "tests", "FactsGen.Editors.Tests", "Neovim", "fix-quote-line.lua"));

        var steps = File.Exists(result) ? File.ReadAllLines(result) : Array.Empty<string>();
        var transcript = $"Neovim's steps:\n{string.Join("\n", steps)}\nstdout:\n{run.Stdout}\nstderr:\n{run.Stderr}";
        Assert.True(steps.Length > 0 && !steps.Any(s => s.StartsWith("error", StringComparison.Ordinal)), transcript);
        Assert.Equal("attached factsgen", steps[0]);
        Assert.StartsWith("diagnostic FG0013 line ", steps[1], StringComparison.Ordinal);
        Assert.StartsWith("action Cite line 5 instead", steps[2], StringComparison.Ordinal);
        Assert.Equal("clean", steps[3]);

        // The action changed the line number and nothing else; the fact base then checks clean.
        Assert.Equal(original, File.ReadAllText(file));
        var check = await ProcessRunner.RunAsync(dotnet, _temp.Path, null, TimeSpan.FromMinutes(2), factsgen, "check", facts);
        Assert.True(check.ExitCode == 0, $"factsgen check after the fix exited {check.ExitCode}:\n{check.Stdout}\n{check.Stderr}");
    }
}

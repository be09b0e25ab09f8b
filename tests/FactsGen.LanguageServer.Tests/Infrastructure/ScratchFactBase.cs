using System.Text.Json.Nodes;
using FactsGen.Tooling.Engine;
using FactsGen.Tooling.Files;
using FactsGen.Diagnostics;

namespace FactsGen.LanguageServer.Tests.Infrastructure;

/// <summary>A scratch workspace holding a copy of the real <c>facts/</c> folder, deleted afterwards.</summary>
public sealed class ScratchFactBase : IDisposable
{
    private readonly TempFolder _folder = new("lsp-tests");

    public ScratchFactBase() => Facts = _folder.CopyFrom(RepoPaths.Facts, "facts");

    /// <summary>The workspace folder (the one the client opens).</summary>
    public string Root => _folder.Path;

    /// <summary>The fact base: <c>facts/</c> under the workspace folder.</summary>
    public string Facts { get; }

    public string File(string relative) => Path.Combine(Facts, relative);

    public string Read(string relative) => System.IO.File.ReadAllText(File(relative));

    /// <summary>Every file's bytes, to show that the server wrote nothing.</summary>
    public Dictionary<string, byte[]> Contents() =>
        Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories).ToDictionary(p => p, System.IO.File.ReadAllBytes);

    /// <summary>The generator's own diagnostics for the fact base, with some files' text replaced (unsaved edits).</summary>
    internal IReadOnlyList<DiagnosticInfo> Analyze(IReadOnlyDictionary<string, string>? overrides = null)
    {
        var files = Directory.EnumerateFiles(Facts, "*", SearchOption.AllDirectories)
            .Where(p => p.EndsWith(".yaml", StringComparison.Ordinal) || p.EndsWith(".txt", StringComparison.Ordinal))
            .Select(p => new FactBaseFile(p, overrides is not null && overrides.TryGetValue(p, out var text) ? text : System.IO.File.ReadAllText(p)));
        return FactBaseState.CheckOnce(files).Diagnostics;
    }

    public void Dispose() => _folder.Dispose();
}

/// <summary>LSP positions and edits applied to text, as a client applies them.</summary>
public static class TextEdits
{
    /// <summary>The offset of an LSP position (0-based line, UTF-16 character; lines end at LF, CRLF or CR).</summary>
    public static int Offset(string text, int line, int character)
    {
        var offset = 0;
        for (var l = 0; l < line; l++)
        {
            while (text[offset] != '\n' && text[offset] != '\r') offset++;
            offset += text[offset] == '\r' && offset + 1 < text.Length && text[offset + 1] == '\n' ? 2 : 1;
        }

        return offset + character;
    }

    /// <summary>The 0-based line and character of the first occurrence of <paramref name="what"/> (after the first <paramref name="after"/>, if given).</summary>
    public static (int Line, int Character) Find(string text, string what, string? after = null)
    {
        var from = after is null ? 0 : text.IndexOf(after, StringComparison.Ordinal);
        Assert.True(from >= 0, $"'{after}' not found");
        from += after?.Length ?? 0;
        var at = text.IndexOf(what, from, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{what}' not found");
        var line = text[..at].Count(c => c == '\n');
        return (line, at - (text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1));
    }

    /// <summary>Applies TextEdits (LSP JSON) to a text, last first so earlier offsets stay valid.</summary>
    public static string Apply(string text, JsonArray edits)
    {
        var resolved = edits.Select(e => (
            Start: Offset(text, (int)e!["range"]!["start"]!["line"]!, (int)e["range"]!["start"]!["character"]!),
            End: Offset(text, (int)e["range"]!["end"]!["line"]!, (int)e["range"]!["end"]!["character"]!),
            NewText: (string)e["newText"]!)).OrderByDescending(e => e.Start).ToList();
        foreach (var edit in resolved)
        {
            text = text[..edit.Start] + edit.NewText + text[edit.End..];
        }

        return text;
    }

    public static object Position(int line, int character) => new { line, character };

    public static object Range((int Line, int Character) start, (int Line, int Character) end) =>
        new { start = Position(start.Line, start.Character), end = Position(end.Line, end.Character) };
}

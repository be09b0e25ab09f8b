using FactsGen.Articles;
using FactsGen.Diagnostics;
using FactsGen.Indexing;
using FactsGen.Model;
using FactsGen.Parsing;
using FactsGen.Schema;
using FactsGen.Support;

namespace FactsGen.Tooling.Engine;

/// <summary>
/// One fact file as the engine keeps it: its text and every per-file step's result.
/// <see cref="IsReadable"/> is false when its text could not be read (then it is empty and the parse holds FG0001).
/// </summary>
public sealed record FactFileEntry(
    string Path,
    TextLines Text,
    bool IsReadable,
    FileKindDeclarations Kinds,
    ParsedFactFile Parsed,
    FileSummary Summary,
    CitationSet Citations,
    EquatableArray<DiagnosticInfo> QuoteDiagnostics,
    FileNames Names,
    EquatableArray<DiagnosticInfo> SupportDiagnostics);

/// <summary>One article: its text as written (for hover, go-to and marks) and its normalized lines (for quotes).</summary>
public sealed record ArticleEntry(string Path, TextLines Text, ArticleText Lines);

/// <summary>
/// A file's content as the engine is given it: its text, or none when it could not be read. An
/// unreadable fact file is FG0001 (as in a build); an unreadable article reads as empty, so its
/// citations are reported.
/// </summary>
public sealed record FileContent(string? Text)
{
    public static FileContent Unreadable { get; } = new((string?)null);

    public static FileContent Of(string text) => new(text);
}

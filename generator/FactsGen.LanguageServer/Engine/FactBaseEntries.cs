using FactsGen.Articles;
using FactsGen.Diagnostics;
using FactsGen.Indexing;
using FactsGen.LanguageServer.Workspace;
using FactsGen.Model;
using FactsGen.Parsing;
using FactsGen.Schema;
using FactsGen.Support;

namespace FactsGen.LanguageServer.Engine;

/// <summary>One fact file as the server keeps it: its text and every per-file step's result.</summary>
internal sealed record FactFileEntry(
    string Path,
    DocumentText Text,
    FileKindDeclarations Kinds,
    ParsedFactFile Parsed,
    FileSummary Summary,
    CitationSet Citations,
    EquatableArray<DiagnosticInfo> QuoteDiagnostics,
    FileNames Names,
    EquatableArray<DiagnosticInfo> SupportDiagnostics);

/// <summary>One article: its text as written (for hover and go-to) and its normalized lines (for quotes).</summary>
internal sealed record ArticleEntry(string Path, DocumentText Text, ArticleText Lines);

using Newtonsoft.Json;

namespace FactsGen.LanguageServer.Protocol;

/// <summary>
/// A problem shown in the editor. <see cref="Severity"/>: 1 error, 2 warning. <see cref="Data"/>: the
/// diagnostic's properties, which a client sends back with a code action request.
/// </summary>
[JsonObject(ItemNullValueHandling = NullValueHandling.Ignore)]
internal sealed record Diagnostic(Range Range, int Severity, string Code, string Source, string Message, DiagnosticData? Data = null);

/// <summary>
/// A diagnostic's properties (<see cref="FactsGen.Diagnostics.DiagnosticProperty"/>) as LSP <c>data</c>.
/// A record, not a dictionary, so that diagnostics compare by value and an unchanged file is not published again.
/// </summary>
[JsonObject(ItemNullValueHandling = NullValueHandling.Ignore)]
internal sealed record DiagnosticData(string? Lines, string? Field = null, string? Suggestion = null, string? DidYouMean = null);

/// <summary><see cref="Version"/>: the open document's version the diagnostics were computed for, when the client gave one.</summary>
[JsonObject(ItemNullValueHandling = NullValueHandling.Ignore)]
internal sealed record PublishDiagnosticsParams(string Uri, Diagnostic[] Diagnostics, int? Version = null);

/// <summary>
/// factsgen/checked: a check finished, and its diagnostics are published; <see cref="Changes"/> is how
/// many document notifications (didOpen, didChange, didClose, didChangeWatchedFiles, ignored ones
/// too) it includes, so a client knows when the answers reflect its edits.
/// </summary>
internal sealed record CheckedParams(long Changes);

/// <summary>window/logMessage: 1 error, 2 warning, 3 info, 4 log.</summary>
internal sealed record LogMessageParams(int Type, string Message);

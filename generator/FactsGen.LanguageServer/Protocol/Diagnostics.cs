using Newtonsoft.Json;

namespace FactsGen.LanguageServer.Protocol;

/// <summary>A problem shown in the editor. <see cref="Severity"/>: 1 error, 2 warning.</summary>
[JsonObject(ItemNullValueHandling = NullValueHandling.Ignore)]
internal sealed record Diagnostic(Range Range, int Severity, string Code, string Source, string Message);

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

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
internal sealed record DiagnosticData(string? Lines);

internal sealed record PublishDiagnosticsParams(string Uri, Diagnostic[] Diagnostics);

/// <summary>window/logMessage: 1 error, 2 warning, 3 info, 4 log.</summary>
internal sealed record LogMessageParams(int Type, string Message);

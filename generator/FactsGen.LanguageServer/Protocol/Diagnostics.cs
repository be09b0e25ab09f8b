using Newtonsoft.Json;

namespace FactsGen.LanguageServer.Protocol;

/// <summary>
/// A problem shown in the editor. <see cref="Severity"/>: 1 error, 2 warning. <see cref="Data"/>: the
/// diagnostic's properties (e.g. FG0013's <c>lines</c>), which a client sends back with a code action request.
/// </summary>
[JsonObject(ItemNullValueHandling = NullValueHandling.Ignore)]
internal sealed record Diagnostic(Range Range, int Severity, string Code, string Source, string Message, System.Collections.Generic.IReadOnlyDictionary<string, string>? Data = null);

internal sealed record PublishDiagnosticsParams(string Uri, Diagnostic[] Diagnostics);

/// <summary>window/logMessage: 1 error, 2 warning, 3 info, 4 log.</summary>
internal sealed record LogMessageParams(int Type, string Message);

using FactsGen.Diagnostics;
using FactsGen.Model;

namespace FactsGen.Parsing;

/// <summary>All a fact file yields on its own: its records and its per-file diagnostics.</summary>
/// <remarks>
/// <see cref="UnreadKinds"/>: the kinds a misspelt section (FG0002) may have meant (its nearest; every
/// kind when none is near), whose records here are unread until it is fixed.
/// </remarks>
internal sealed record ParsedFactFile(string Path, EquatableArray<FactRecord> Records, EquatableArray<DiagnosticInfo> Diagnostics, EquatableArray<int> UnreadKinds = default);

using FactsGen.Diagnostics;
using FactsGen.Model;
using FactsGen.Schema;

namespace FactsGen.Indexing;

/// <summary>A record that will be emitted: valid, first of its id, and with a C# name of its own.</summary>
public sealed record AcceptedFact(int Kind, int Ordinal);

/// <summary>The records of one file that will be emitted, in file order.</summary>
public sealed record FileAcceptance(string Path, EquatableArray<AcceptedFact> Facts);

/// <summary>An article id bound to the text file it names.</summary>
public sealed record ArticleBinding(string Id, string Path);

/// <summary>
/// The fact base as a whole: what is emitted, which article each id names, and the cross-file
/// diagnostics (FG0006, FG0007, FG0008, FG0011, FG0014, FG0100). Acceptance holds no locations,
/// so moving text around in a file does not re-emit the others.
/// </summary>
public sealed record FactIndex(EquatableArray<FileAcceptance> Accepted, EquatableArray<ArticleBinding> Articles, EquatableArray<DiagnosticInfo> Diagnostics);

using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using FactsGen.Articles;
using FactsGen.Diagnostics;
using FactsGen.Indexing;
using FactsGen.Model;
using FactsGen.Parsing;

namespace FactsGen.Checking;

/// <summary>A file of a fact base, as a tool without a compiler hands it over: its path and text.</summary>
internal sealed record FactBaseFile(string Path, string Text);

/// <summary>
/// Checks a whole fact base outside a compilation (the <c>factsgen check</c> command): the
/// generator's own steps (<see cref="FactBaseSteps"/>) composed eagerly by
/// <see cref="FactBaseAnalysis"/> — the kinds, each fact file parsed and checked on its own, the
/// cross-file index, and quotes against the <c>*.txt</c> articles — so the diagnostics are the
/// generator's, id for id and message for message. A step that throws becomes FG9999, as in the generator.
/// </summary>
internal static class FactBaseChecker
{
    /// <summary>
    /// The diagnostics of the fact base, sorted by file, position and id. Paths are used as given:
    /// pass full paths, so that article <c>file:</c> entries resolve against their fact file's folder.
    /// </summary>
    public static ImmutableArray<DiagnosticInfo> Check(IEnumerable<FactBaseFile> files, CancellationToken cancellationToken = default) =>
        FactBaseAnalysis.Analyze(files, cancellationToken).Diagnostics;
}

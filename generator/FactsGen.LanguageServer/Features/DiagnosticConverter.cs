using FactsGen.Diagnostics;
using FactsGen.Articles;
using FactsGen.LanguageServer.Workspace;
using FactsGen.Model;
using Microsoft.CodeAnalysis;
using DiagnosticData = FactsGen.LanguageServer.Protocol.DiagnosticData;
using LspDiagnostic = FactsGen.LanguageServer.Protocol.Diagnostic;
using Position = FactsGen.LanguageServer.Protocol.Position;
using Range = FactsGen.LanguageServer.Protocol.Range;

namespace FactsGen.LanguageServer.Features;

/// <summary>The build's diagnostic as LSP shows it: same id (code), message and severity, at the node at fault.</summary>
internal static class DiagnosticConverter
{
    public const string Source = "factsgen";

    public static LspDiagnostic ToLsp(DiagnosticInfo diagnostic, TextLines? text) =>
        new(
            RangeOf(diagnostic.Location, text),
            diagnostic.Descriptor.DefaultSeverity == DiagnosticSeverity.Warning ? 2 : 1,
            diagnostic.Id,
            Source,
            diagnostic.Message,
            diagnostic.Properties.IsEmpty ? null : new DiagnosticData(diagnostic.Property(DiagnosticProperty.Lines), diagnostic.Property(DiagnosticProperty.Field), diagnostic.Property(DiagnosticProperty.Suggestion), diagnostic.Property(DiagnosticProperty.DidYouMean)));

    /// <summary>
    /// The range of a location. From its character offsets in the text, counted as LSP counts lines
    /// (LF, CRLF, CR): the same place as the build's line and column, also where a file holds a
    /// character that Roslyn, but not an editor, takes for a line break (U+2028, U+0085).
    /// </summary>
    public static Range RangeOf(LocationInfo? found, TextLines? text)
    {
        if (found is not { } location)
        {
            return new Range(new Position(0, 0), new Position(0, 0));
        }

        return text is not null && location.Start + location.Length <= text.Text.Length
            ? text.RangeOf(location.Start, location.Length)
            : new Range(new Position(location.StartLine, location.StartColumn), new Position(location.EndLine, location.EndColumn));
    }
}

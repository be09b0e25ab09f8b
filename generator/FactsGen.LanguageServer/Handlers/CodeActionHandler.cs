using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using FactsGen.Diagnostics;
using FactsGen.LanguageServer.Features;
using FactsGen.LanguageServer.Protocol;
using FactsGen.LanguageServer.Workspace;
using Range = FactsGen.LanguageServer.Protocol.Range;

namespace FactsGen.LanguageServer.Handlers;

/// <summary>
/// textDocument/codeAction: quick fixes for the diagnostics in the requested range: "Cite line N
/// instead" for a quote on another line (FG0012/FG0013, the edit of <c>factsgen fix</c>; one per line,
/// none preferred, when the quote is on several), and the
/// did-you-mean of FG0002/3/5/7/16 as a one-click replacement, and the support fixes (FG0101 "Write
/// certainty: estimated", FG0017 "Mark 'x' as inferred", <see cref="SupportFixes"/>). The diagnostics are the server's
/// own at that place, so the client need not echo them back.
/// </summary>
internal sealed class CodeActionHandler
{
    private readonly ServerContext _context;

    public CodeActionHandler(ServerContext context) => _context = context;

    public CodeAction[] Actions(CodeActionParams parameters, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var uri = parameters.TextDocument.Uri;
        if (_context.Document(uri) is not var (snapshot, path, text) || !snapshot.FactFiles.TryGetValue(path, out var file))
        {
            return System.Array.Empty<CodeAction>();
        }

        var actions = new List<CodeAction>();
        foreach (var diagnostic in snapshot.Diagnostics.Where(d => d.Location?.FilePath == path))
        {
            var lsp = DiagnosticConverter.ToLsp(diagnostic, text);
            if (!Overlaps(lsp.Range, parameters.Range))
            {
                continue;
            }

            if (CitationLineFix.For(snapshot, file, diagnostic) is var (citation, lines))
            {
                var range = text.RangeOf(citation.LineLocation.Start, citation.LineLocation.Length);
                foreach (var line in lines)
                {
                    var number = line.ToString(CultureInfo.InvariantCulture);
                    actions.Add(Action($"Cite line {number} instead", lsp, uri, new TextEdit(range, number), preferred: lines.Length == 1));
                }
            }
            else if ((SupportFixes.Certainty(file, diagnostic, text) ?? SupportFixes.Inferred(file, diagnostic, text)) is var (title, edit))
            {
                actions.Add(Action(title, lsp, uri, edit));
            }
            else if (diagnostic.Property(DiagnosticProperty.DidYouMean) is { } suggestion && diagnostic.Location is { } location)
            {
                var (start, length) = ScalarSpan.Inner(text.Text, location.Start, location.Length);
                var current = text.Text.Substring(start, length);
                if (current != suggestion && current.IndexOfAny(new[] { '\r', '\n' }) < 0)
                {
                    actions.Add(Action($"Change '{current}' to '{suggestion}'", lsp, uri, new TextEdit(text.RangeOf(start, length), suggestion)));
                }
            }
        }

        return actions.ToArray();
    }

    private static CodeAction Action(string title, Diagnostic diagnostic, string uri, TextEdit edit, bool preferred = true) =>
        new(title, "quickfix", new[] { diagnostic }, IsPreferred: preferred, new WorkspaceEdit(new Dictionary<string, TextEdit[]> { [uri] = new[] { edit } }));

    private static bool Overlaps(Range a, Range? b) =>
        b is null || (Compare(a.Start, b.End) <= 0 && Compare(b.Start, a.End) <= 0);

    private static int Compare(Position a, Position b) => a.Line != b.Line ? a.Line.CompareTo(b.Line) : a.Character.CompareTo(b.Character);
}

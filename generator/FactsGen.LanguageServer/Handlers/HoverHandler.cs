using System.Threading;
using FactsGen.LanguageServer.Features;
using FactsGen.LanguageServer.Protocol;
using FactsGen.LanguageServer.Workspace;
using FactsGen.Tooling.Escaping;

namespace FactsGen.LanguageServer.Handlers;

/// <summary>
/// textDocument/hover: a citation shows its article line with the quote in bold; a reference the
/// record it names (summary and first quote); an id its own record, with its inferences and claims;
/// a claim's value the claim (rank, note, citations); a key its field's doc.
/// </summary>
internal sealed class HoverHandler
{
    private readonly ServerContext _context;

    public HoverHandler(ServerContext context) => _context = context;

    public Hover? Hover(TextDocumentPositionParams parameters, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (_context.Document(parameters.TextDocument.Uri) is not var (snapshot, path, text))
        {
            return null;
        }

        var at = FactAt.Find(snapshot, path, ServerContext.OffsetOf(text, parameters.Position));
        var markdown = at switch
        {
            CitationAt c => FactDescriptions.Citation(snapshot, c.Citation),
            ReferenceAt r => snapshot.Find(r.Target, r.Item.Text) is var (_, record)
                ? FactDescriptions.Record(snapshot, r.Target, record)
                : $"No {MarkdownText.Escape(r.Target.Noun)} with id {MarkdownText.Code(r.Item.Text)}.",
            IdAt i => FactDescriptions.Record(snapshot, i.Kind, i.Record),
            ClaimAt c => FactDescriptions.Claim(c.Field, c.Claim, c.Number),
            KeyAt { Field: { } field } => FactDescriptions.Field(snapshot, field),
            KeyAt k => FactDescriptions.Kind(k.Kind),
            _ => null,
        };

        if (markdown is null)
        {
            return null;
        }

        var (start, length) = at!.Span;
        return new Hover(MarkupContent.Markdown(markdown), text.RangeOf(start, length));
    }
}

using System.Threading;
using FactsGen.LanguageServer.Features;
using FactsGen.LanguageServer.Protocol;
using FactsGen.LanguageServer.Workspace;
using FactsGen.Model;
using FactsGen.Tooling.Engine;

namespace FactsGen.LanguageServer.Handlers;

/// <summary>
/// textDocument/definition: a reference goes to the <c>id</c> of the record it names; a citation to
/// its article's file at the cited line, the quote selected; an article's <c>file</c> to that file.
/// </summary>
internal sealed class DefinitionHandler
{
    private readonly ServerContext _context;

    public DefinitionHandler(ServerContext context) => _context = context;

    public Location? Definition(TextDocumentPositionParams parameters, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (_context.Document(parameters.TextDocument.Uri) is not var (snapshot, path, text))
        {
            return null;
        }

        return FactAt.Find(snapshot, path, ServerContext.OffsetOf(text, parameters.Position)) switch
        {
            ReferenceAt r when snapshot.Find(r.Target, r.Item.Text) is var (file, record) =>
                new Location(_context.Workspace.UriOf(file.Path), file.Text.RangeOf(record.IdLocation.Start, record.IdLocation.Length)),
            CitationAt c when CitedLine.Of(snapshot, c.Citation) is { } cited =>
                new Location(_context.Workspace.UriOf(cited.Article.Path), QuoteRange(cited)),
            FilePathAt f when ArticleFile(snapshot, path, f.Item.Text) is { } article =>
                new Location(_context.Workspace.UriOf(article.Path), new Range(new Position(0, 0), new Position(0, 0))),
            _ => null,
        };
    }

    private static Range QuoteRange(CitedLine cited) => cited.HasQuote
        ? new Range(new Position(cited.Line, cited.QuoteStart), new Position(cited.Line, cited.QuoteStart + cited.QuoteLength))
        : new Range(new Position(cited.Line, 0), new Position(cited.Line, cited.Text.Length));

    private static ArticleEntry? ArticleFile(FactBaseSnapshot snapshot, string factFile, string relative)
    {
        var resolved = FilePaths.Resolve(factFile, relative);
        foreach (var article in snapshot.Articles.Values)
        {
            if (article.Lines.Path == resolved)
            {
                return article;
            }
        }

        return null;
    }
}

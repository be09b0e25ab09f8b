using FactsGen.Tooling.Engine;
using FactsGen.Schema;

namespace FactsGen.LanguageServer.Features;

/// <summary>An id that a rename can change: a record's own id, a reference to it, or a citation's article.</summary>
internal sealed record RenameTarget(KindDescriptor Kind, string Id, int Start, int Length)
{
    public static RenameTarget? At(FactBaseSnapshot snapshot, string path, int offset) => FactAt.Find(snapshot, path, offset) switch
    {
        IdAt i => new RenameTarget(i.Kind, i.Record.Id, i.Record.IdLocation.Start, i.Record.IdLocation.Length),
        ReferenceAt r => new RenameTarget(r.Target, r.Item.Text, r.Item.Location.Start, r.Item.Location.Length),
        CitationAt c when snapshot.CitedKind is var cited && c.Citation.ArticleLocation is var l && l.Start <= offset && offset <= l.Start + l.Length =>
            new RenameTarget(cited, c.Citation.Article, l.Start, l.Length),
        _ => null,
    };
}

using System.Collections.Generic;
using System.Linq;
using FactsGen.Model;
using FactsGen.Schema;
using ValueType = FactsGen.Schema.ValueType;

namespace FactsGen.Indexing;

/// <summary>An id a file declares. <see cref="Ordinal"/> is the record's place in the file's records.</summary>
internal sealed record DeclaredId(FactKind Kind, string Id, int Ordinal, bool IsValid, LocationInfo Location);

/// <summary>A reference from one record to another (a <c>ref K</c> field).</summary>
internal sealed record ReferenceUse(string Field, FactKind Target, string Id, LocationInfo Location);

/// <summary>An article a file declares, with its file resolved against the declaring file's folder.</summary>
internal sealed record ArticleDeclaration(string Id, string File, string ResolvedPath, LocationInfo FileLocation);

/// <summary>A citation's article id, where it is written.</summary>
internal sealed record ArticleUse(string Id, LocationInfo Location);

/// <summary>
/// What cross-file checks need of one file: ids, references, article declarations and uses.
/// Small, and unchanged by edits to values and quotes, so such edits never re-run the index.
/// </summary>
internal sealed record FileSummary(
    string Path,
    EquatableArray<DeclaredId> Ids,
    EquatableArray<ReferenceUse> References,
    EquatableArray<ArticleDeclaration> Articles,
    EquatableArray<ArticleUse> ArticleUses)
{
    public static FileSummary Create(ParsedFactFile file)
    {
        var ids = new List<DeclaredId>();
        var references = new List<ReferenceUse>();
        var articles = new List<ArticleDeclaration>();
        var uses = new List<ArticleUse>();
        for (var ordinal = 0; ordinal < file.Records.Count; ordinal++)
        {
            var record = file.Records[ordinal];
            var kind = FactKinds.Get(record.Kind);
            ids.Add(new DeclaredId(record.Kind, record.Id, ordinal, record.IsValid, record.IdLocation));
            for (var i = 0; i < kind.Fields.Count; i++)
            {
                var field = kind.Fields[i];
                var value = record.Fields[i];
                if (value is null)
                {
                    continue;
                }

                if (field.Type == ValueType.Reference)
                {
                    references.AddRange(value.Items.Select(item => new ReferenceUse(field.Name, field.Target!.Value, item.Text, item.Location)));
                }
                else if (field.Type == ValueType.Citation)
                {
                    uses.AddRange(value.Citations.Select(c => new ArticleUse(c.Article, c.ArticleLocation)));
                }
                else if (field.Type == ValueType.Path && record.Kind == FactKind.Article)
                {
                    articles.Add(new ArticleDeclaration(record.Id, value.Text, FilePaths.Resolve(file.Path, value.Text), value.Location));
                }
            }
        }

        return new FileSummary(file.Path, ids.ToEquatableArray(), references.ToEquatableArray(), articles.ToEquatableArray(), uses.ToEquatableArray());
    }
}

using System.Collections.Generic;
using System.Linq;
using FactsGen.Diagnostics;
using FactsGen.Model;
using FactsGen.Parsing;
using FactsGen.Schema;
using ValueType = FactsGen.Schema.ValueType;

namespace FactsGen.Indexing;

/// <summary>An id a file declares. <see cref="Ordinal"/> is the record's place in the file's records.</summary>
internal sealed record DeclaredId(int Kind, string Id, int Ordinal, bool IsValid, LocationInfo Location);

/// <summary>A reference from one record to another (a <c>ref K</c> field).</summary>
internal sealed record ReferenceUse(string Field, int Target, string Id, LocationInfo Location);

/// <summary>An article a file declares, with its file resolved against the declaring file's folder.</summary>
internal sealed record ArticleDeclaration(string Id, string File, string ResolvedPath, LocationInfo FileLocation);

/// <summary>A citation's article id, where it is written.</summary>
internal sealed record ArticleUse(string Id, LocationInfo Location);

/// <summary>
/// What cross-file checks need of one file: ids, references, article declarations and uses.
/// Small, and unchanged by edits to values and quotes, so such edits never re-run the index.
/// <see cref="IsComplete"/> is false when reading the file stopped early (FG0001, FG0015, FG9999);
/// <see cref="UnreadKinds"/> are the kinds a misspelt section of it (FG0002) may hold.
/// </summary>
internal sealed record FileSummary(
    string Path,
    EquatableArray<DeclaredId> Ids,
    EquatableArray<ReferenceUse> References,
    EquatableArray<ArticleDeclaration> Articles,
    EquatableArray<ArticleUse> ArticleUses,
    bool IsComplete = true,
    EquatableArray<int> UnreadKinds = default)
{
    public static FileSummary Create(ParsedFactFile file, FactSchema schema)
    {
        var ids = new List<DeclaredId>(file.Records.Count);
        var references = new List<ReferenceUse>();
        var articles = new List<ArticleDeclaration>();
        var uses = new List<ArticleUse>();
        for (var ordinal = 0; ordinal < file.Records.Count; ordinal++)
        {
            var record = file.Records[ordinal];
            var kind = schema[record.Kind];
            ids.Add(new DeclaredId(record.Kind, record.Id, ordinal, record.IsValid, record.IdLocation));
            for (var i = 0; i < kind.Fields.Count; i++)
            {
                var field = kind.Fields[i];
                var value = record.Fields[i];
                if (value is null)
                {
                    continue;
                }

                // Plain loops: this runs for every record of every file on a cold build.
                if (field.Type == ValueType.Reference)
                {
                    if (value.HasClaims)
                    {
                        // Every claim's value must name a record, not only the best one.
                        foreach (var claim in value.Claims)
                        {
                            foreach (var item in claim.Value)
                            {
                                references.Add(new ReferenceUse(field.Name, field.Target, item.Text, item.Location));
                            }
                        }
                    }
                    else
                    {
                        foreach (var item in value.Items)
                        {
                            references.Add(new ReferenceUse(field.Name, field.Target, item.Text, item.Location));
                        }
                    }
                }
                else if (field.Type == ValueType.Citation)
                {
                    foreach (var c in value.Citations)
                    {
                        uses.Add(new ArticleUse(c.Article, c.ArticleLocation));
                    }
                }
                else if (field.Type == ValueType.Path)
                {
                    articles.Add(new ArticleDeclaration(record.Id, value.Text, FilePaths.Resolve(file.Path, value.Text), value.Location));
                }

                foreach (var claim in value.Claims)
                {
                    foreach (var c in claim.Sources)
                    {
                        uses.Add(new ArticleUse(c.Article, c.ArticleLocation));
                    }
                }
            }
        }

        // A file whose reading stopped early (a syntax error, a limit, a fault) may declare ids and
        // cite articles past that point, which the index cannot see.
        var complete = !file.Diagnostics.Any(d => d.Id == DiagnosticDescriptors.YamlSyntax.Id || d.Id == DiagnosticDescriptors.LimitExceeded.Id || d.Id == DiagnosticDescriptors.InternalFault.Id);
        return new FileSummary(file.Path, ids.ToEquatableArray(), references.ToEquatableArray(), articles.ToEquatableArray(), uses.ToEquatableArray(), complete, file.UnreadKinds);
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FactsGen.Articles;
using FactsGen.Model;
using FactsGen.Schema;
using FactsGen.Tooling.Articles;
using FactsGen.Tooling.Engine;
using FactsGen.Tooling.Files;
using ValueType = FactsGen.Schema.ValueType;

namespace FactsGen.Cli.Exporting;

/// <summary>A cited article as an export points into it: its raw text and what identifies it (its url, else its text file's file: URI).</summary>
internal sealed record ArticleSource(string Id, string Source, RawQuoteLocator Text);

/// <summary>
/// The articles of a fact base with their raw texts. The kind that declares articles is found by
/// its shape (the kind with a file-path field), its url by type, so no kind is named here.
/// </summary>
internal static class ArticleSources
{
    public static IReadOnlyDictionary<string, ArticleSource> Of(FactBaseSnapshot analysis, IEnumerable<FactBaseFile> files, string root)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            texts[FilePaths.Normalize(file.Path)] = file.Text;
        }

        var urls = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (_, record) in analysis.AcceptedRecords())
        {
            var kind = analysis.KindOf(record);
            if (!kind.Fields.Any(f => f.Type == ValueType.Path))
            {
                continue;
            }

            for (var i = 0; i < kind.Fields.Count; i++)
            {
                if (kind.Fields[i].Type == ValueType.Url && record.Fields[i] is { Items.Count: > 0 } url)
                {
                    urls[record.Id] = url.Items[0].Text;
                    break;
                }
            }
        }

        var sources = new Dictionary<string, ArticleSource>(StringComparer.Ordinal);
        foreach (var binding in analysis.Index.Articles)
        {
            var path = FilePaths.Normalize(binding.Path);
            if (!texts.TryGetValue(path, out var text) || sources.ContainsKey(binding.Id))
            {
                continue;
            }

            // Without a url, the text file's file: URI (absolute, percent-encoded): a Web Annotation's
            // source is an IRI, and a relative path would resolve against wherever the export is written.
            var source = urls.TryGetValue(binding.Id, out var url) ? url : new Uri(Path.GetFullPath(binding.Path, root)).AbsoluteUri;
            sources[binding.Id] = new ArticleSource(binding.Id, source, new RawQuoteLocator(text));
        }

        return sources;
    }
}

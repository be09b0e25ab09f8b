using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using FactsGen.Checking;
using FactsGen.Diagnostics;
using FactsGen.Model;

namespace FactsGen.Cli.Reading;

/// <summary>
/// A fact base read from a folder the way FactsGen.targets collects it (<c>**/*.yaml</c>,
/// <c>**/*.yml</c>, <c>**/*.txt</c>, skipping <c>bin</c>, <c>obj</c>, <c>node_modules</c> and dot
/// folders), each file's text as the compiler reads an AdditionalFile (UTF-8, a BOM honoured and dropped).
/// </summary>
internal sealed class FactBaseFolder
{
    private FactBaseFolder(string root, IReadOnlyList<FactBaseFile> files, ImmutableArray<DiagnosticInfo> unreadable, int factFileCount, int articleCount)
    {
        Root = root;
        Files = files;
        Unreadable = unreadable;
        FactFileCount = factFileCount;
        ArticleCount = articleCount;
    }

    /// <summary>The folder, as a full path.</summary>
    public string Root { get; }

    /// <summary>Every file read, in path order, with full paths (so article <c>file:</c> entries resolve).</summary>
    public IReadOnlyList<FactBaseFile> Files { get; }

    /// <summary>FG0001 for fact files that could not be read (as the generator reports them).</summary>
    public ImmutableArray<DiagnosticInfo> Unreadable { get; }

    public int FactFileCount { get; }

    public int ArticleCount { get; }

    public static FactBaseFolder Read(string root, ProgressReporter? progress = null)
    {
        // The language server's rules, so the two front ends see the same files (it sorts them by path).
        var paths = LanguageServer.Workspace.FactBaseFolder.Collect(root).ToList();
        var files = new List<FactBaseFile>(paths.Count);
        var unreadable = ImmutableArray.CreateBuilder<DiagnosticInfo>();
        for (var i = 0; i < paths.Count; i++)
        {
            progress?.Report("reading", i, paths.Count);
            var path = paths[i];
            string text;
            try
            {
                text = File.ReadAllText(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // As the generator: an unreadable fact file is FG0001; an unreadable article reads as empty.
                if (FilePaths.IsFactFile(path))
                {
                    unreadable.Add(DiagnosticInfo.Create(DiagnosticDescriptors.YamlSyntax, LocationInfo.FileStart(path), "the file could not be read (" + e.Message + ")"));
                    continue;
                }

                text = string.Empty;
            }

            files.Add(new FactBaseFile(path, text));
        }

        return new FactBaseFolder(root, files, unreadable.ToImmutable(), paths.Count(FilePaths.IsFactFile), paths.Count(FilePaths.IsArticle));
    }

    /// <summary>The same folder with some files' texts replaced (what a fix would write).</summary>
    public FactBaseFolder With(IReadOnlyDictionary<string, string> texts) =>
        new(Root, Files.Select(f => texts.TryGetValue(f.Path, out var text) ? f with { Text = text } : f).ToList(), Unreadable, FactFileCount, ArticleCount);

    public FactBaseAnalysis Analyze() => FactBaseAnalysis.Analyze(Files);

    /// <summary>The analysis' diagnostics plus the unreadable files', sorted as <c>check</c> prints them.</summary>
    public ImmutableArray<DiagnosticInfo> DiagnosticsOf(FactBaseAnalysis analysis) =>
        analysis.Diagnostics.AddRange(Unreadable).Sort(DiagnosticInfo.Compare);
}

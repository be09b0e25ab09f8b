using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.ExceptionServices;
using Microsoft.CodeAnalysis;

namespace FactsGen.Snapshots;

/// <summary>Turns a generator run into snapshot files the way Verify.SourceGenerators does.</summary>
internal static class GeneratorTargets
{
    public static IReadOnlyList<SnapshotTarget> From(GeneratorDriverRunResult run, Func<GeneratedSourceResult, bool>? ignore = null)
    {
        // A generator that threw has no meaningful output: surface the exception itself (as Verify does).
        var exceptions = run.Results.Select(r => r.Exception).OfType<Exception>().ToList();
        if (exceptions.Count == 1)
        {
            ExceptionDispatchInfo.Capture(exceptions[0]).Throw();
        }

        if (exceptions.Count > 1)
        {
            throw new AggregateException(exceptions);
        }

        var sources = run.Results
            .SelectMany(r => r.GeneratedSources.OrderBy(s => s.HintName, StringComparer.Ordinal))
            .Where(s => ignore is null || !ignore(s))
            .Select(ToTarget)
            .ToList();

        // Verify.SourceGenerators writes the info .txt only when there are diagnostics. Deviation: a run
        // with no sources and no diagnostics still gets "{}", so a new test never passes with no file.
        var targets = new List<SnapshotTarget>();
        if (!run.Diagnostics.IsEmpty || sources.Count == 0)
        {
            targets.Add(new(null, "txt", DiagnosticsWriter.Write(run.Diagnostics)));
        }

        targets.AddRange(sources);
        return targets;
    }

    static SnapshotTarget ToTarget(GeneratedSourceResult source)
    {
        // Same as Verify.SourceGenerators: a "//HintName:" header line, the name and extension taken from
        // the generated tree's path (which ends in the hint name), falling back to the hint name itself.
        var text = $"//HintName: {source.HintName}\n{source.SourceText}";
        var path = source.SyntaxTree.FilePath;
        if (path.Length == 0)
        {
            path = source.HintName;
        }

        var extension = Path.GetExtension(path).TrimStart('.');
        return new(Path.GetFileNameWithoutExtension(path), extension.Length == 0 ? "cs" : extension, text);
    }
}

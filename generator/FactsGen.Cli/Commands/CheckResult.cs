using System;
using System.Collections.Immutable;
using System.Linq;
using FactsGen.Diagnostics;
using Microsoft.CodeAnalysis;

namespace FactsGen.Cli.Commands;

/// <summary>What one check found: the generator's diagnostics and how many files it read.</summary>
internal sealed record CheckResult(
    string Folder,
    string CurrentDirectory,
    int FactFileCount,
    int ArticleCount,
    ImmutableArray<DiagnosticInfo> Diagnostics,
    TimeSpan Elapsed)
{
    public int ErrorCount => CountOf(Diagnostics, DiagnosticSeverity.Error);

    public int WarningCount => CountOf(Diagnostics, DiagnosticSeverity.Warning);

    public static int CountOf(ImmutableArray<DiagnosticInfo> diagnostics, DiagnosticSeverity severity) =>
        diagnostics.Count(d => d.Descriptor.DefaultSeverity == severity);
}

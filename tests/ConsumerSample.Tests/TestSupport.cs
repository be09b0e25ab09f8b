using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ConsumerSample.Facts;

namespace ConsumerSample.Tests;

/// <summary>What a run of the app returned and wrote.</summary>
internal sealed record RunResult(int ExitCode, string Output, string Error);

internal static partial class TestSupport
{
    /// <summary>Runs the app's entry point in process, capturing stdout and stderr.</summary>
    public static RunResult Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = App.Run(args, output, error);
        return new RunResult(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>Every actor, deployment and sanction of the catalogs, in fact-base order.</summary>
    public static IEnumerable<ICitedFact> AllFacts =>
        Actors.All.Cast<ICitedFact>().Concat(Deployments.All).Concat(Sanctions.All).Concat(Events.All).Concat(Statements.All);

    /// <summary>A line that ends with one or more citations, each " [article-id:line]".</summary>
    [GeneratedRegex(@"( \[[a-z][a-z0-9]*(-[a-z0-9]+)*:[1-9][0-9]*\])+$")]
    public static partial Regex TrailingCitations();

    /// <summary>One citation as the briefing writes it.</summary>
    [GeneratedRegex(@"\[(?<article>[a-z][a-z0-9]*(-[a-z0-9]+)*):(?<line>[1-9][0-9]*)\]")]
    public static partial Regex Citation();

    /// <summary>The line without its trailing citations.</summary>
    public static string WithoutCitations(string line) => TrailingCitations().Replace(line, string.Empty);

    /// <summary>Whether the text holds the id as a whole id (not inside a longer id or word).</summary>
    public static bool ContainsId(string text, string id) =>
        Regex.IsMatch(text, "(?<![A-Za-z0-9-])" + Regex.Escape(id) + "(?![A-Za-z0-9-])");
}

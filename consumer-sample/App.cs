using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ConsumerSample.Facts;

namespace ConsumerSample;

/// <summary>The command line: parses the arguments, writes to the given writers and returns the exit code.</summary>
public static class App
{
    /// <summary>The exit code of a successful run.</summary>
    public const int Success = 0;

    /// <summary>The exit code of a usage error: an unknown option or article id, or a missing argument.</summary>
    public const int UsageError = 2;

    /// <summary>The usage text.</summary>
    public static string Usage { get; } = string.Join("\n", new[]
    {
        "Usage: ConsumerSample [--json | --article ID | --help]",
        string.Empty,
        "Reports on the FactsGen fact base compiled into this app. Every fact carries its citations.",
        string.Empty,
        "  (no option)    print a briefing: the sources, actors by kind, deployments and sanctions, a dated",
        "                 timeline of the events, who said what (quoted and reported statements) and who is",
        "                 involved in what; every fact ends with its [article-id:line] citations",
        "  --json         write the whole fact base with its provenance as JSON to stdout, the kinds the",
        "                 fact base declares (events, statements) included",
        "  --article ID   list the facts that cite article ID (events and statements too), with the cited",
        "                 lines and quotes",
        "  -h, --help     show this help",
        string.Empty,
        "Article ids: " + KnownArticleIds(),
        "Exit codes: 0 success, 2 usage error (unknown option, missing or unknown article id).",
    }) + "\n";

    /// <summary>Runs the app.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="output">Where results go (stdout).</param>
    /// <param name="error">Where errors go (stderr).</param>
    /// <returns>The exit code: <see cref="Success"/> or <see cref="UsageError"/>.</returns>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);

        switch (args.Count)
        {
            case 0:
                output.Write(Briefing.Text());
                return Success;
            case 1 when args[0] is "--help" or "-h":
                output.Write(Usage);
                return Success;
            case 1 when args[0] == "--json":
                output.Write(FactBase.Current.ToJson());
                output.Write('\n');
                return Success;
            case 1 when args[0] == "--article":
                return Fail(error, "--article needs an article id.");
            case 1 when args[0].StartsWith("--article=", StringComparison.Ordinal):
                return ArticleCommand(args[0].Substring("--article=".Length), output, error);
            case 2 when args[0] == "--article":
                return ArticleCommand(args[1], output, error);
            default:
                for (var i = 0; i < args.Count; i++)
                {
                    if (args[i] == "--article")
                    {
                        i++; // its value
                    }
                    else if (args[i] is not ("--help" or "-h" or "--json") && !args[i].StartsWith("--article=", StringComparison.Ordinal))
                    {
                        return Fail(error, $"Unknown option '{args[i]}'.");
                    }
                }

                return Fail(error, "Give one option at a time.");
        }
    }

    private static int ArticleCommand(string id, TextWriter output, TextWriter error)
    {
        if (!Articles.TryGet(id, out var article))
        {
            error.Write($"No article has the id '{id}'. Known article ids: {KnownArticleIds()}.\n");
            return UsageError;
        }

        output.Write(string.Join("\n", ArticleReport.Lines(article)) + "\n");
        return Success;
    }

    private static int Fail(TextWriter error, string message)
    {
        error.Write(message + "\n\n" + Usage);
        return UsageError;
    }

    private static string KnownArticleIds() => string.Join(", ", Articles.All.Select(a => a.Id.Value));
}

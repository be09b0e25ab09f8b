using System;
using System.Collections.Generic;
using System.Text;
using DiffPlex;
using DiffPlex.Model;

namespace FactsGen.Cli.Fixing;

/// <summary>A unified diff (<c>diff -u</c> layout: headers, hunks with three lines of context) of two texts, on DiffPlex's line differ.</summary>
internal static class UnifiedDiff
{
    private const int Context = 3;

    public static string Create(string oldPath, string newPath, string oldText, string newText)
    {
        var diff = Differ.Instance.CreateLineDiffs(oldText, newText, ignoreWhitespace: false);
        if (diff.DiffBlocks.Count == 0)
        {
            return string.Empty;
        }

        var output = new StringBuilder();
        output.Append("--- ").Append(oldPath).Append('\n');
        output.Append("+++ ").Append(newPath).Append('\n');
        var blocks = diff.DiffBlocks;
        for (var i = 0; i < blocks.Count;)
        {
            // Changes closer than twice the context share one hunk, as in diff -u.
            var last = i;
            while (last + 1 < blocks.Count && blocks[last + 1].DeleteStartA - End(blocks[last]) <= 2 * Context)
            {
                last++;
            }

            AppendHunk(output, diff.PiecesOld, diff.PiecesNew, blocks, i, last);
            i = last + 1;
        }

        return output.ToString();
    }

    private static void AppendHunk(StringBuilder output, IReadOnlyList<string> oldLines, IReadOnlyList<string> newLines, IList<DiffBlock> blocks, int first, int last)
    {
        var oldStart = Math.Max(0, blocks[first].DeleteStartA - Context);
        var oldEnd = Math.Min(oldLines.Count, End(blocks[last]) + Context);
        var newStart = blocks[first].InsertStartB - (blocks[first].DeleteStartA - oldStart);
        var newEnd = blocks[last].InsertStartB + blocks[last].InsertCountB + (oldEnd - End(blocks[last]));
        output.Append(FormattableString.Invariant($"@@ -{oldStart + 1},{oldEnd - oldStart} +{newStart + 1},{newEnd - newStart} @@\n"));

        var at = oldStart;
        for (var b = first; b <= last; b++)
        {
            var block = blocks[b];
            for (; at < block.DeleteStartA; at++)
            {
                output.Append(' ').Append(oldLines[at]).Append('\n');
            }

            for (var k = 0; k < block.DeleteCountA; k++)
            {
                output.Append('-').Append(oldLines[block.DeleteStartA + k]).Append('\n');
            }

            for (var k = 0; k < block.InsertCountB; k++)
            {
                output.Append('+').Append(newLines[block.InsertStartB + k]).Append('\n');
            }

            at = End(block);
        }

        for (; at < oldEnd; at++)
        {
            output.Append(' ').Append(oldLines[at]).Append('\n');
        }
    }

    private static int End(DiffBlock block) => block.DeleteStartA + block.DeleteCountA;
}

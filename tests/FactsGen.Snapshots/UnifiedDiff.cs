using System;
using System.Collections.Generic;
using System.Text;
using DiffPlex;
using DiffPlex.Model;

namespace FactsGen.Snapshots;

/// <summary>Unified-style line diff (hunks only, with context) built on DiffPlex's line differ.</summary>
internal static class UnifiedDiff
{
    public static string Create(string oldText, string newText, int context = 3, int maxLines = int.MaxValue)
    {
        var output = new List<string>();
        if (oldText.Length == 0)
        {
            // A new snapshot: every line is an addition (DiffPlex would also "delete" one empty line).
            output.Add($"@@ -0,0 +1,{newText.Split('\n').Length} @@");
            output.AddRange(Array.ConvertAll(newText.Split('\n'), line => "+" + line));
            return Render(output, maxLines);
        }

        var diff = Differ.Instance.CreateLineDiffs(oldText, newText, ignoreWhitespace: false);
        var (oldLines, newLines, blocks) = (diff.PiecesOld, diff.PiecesNew, diff.DiffBlocks);
        var i = 0;
        while (i < blocks.Count)
        {
            // Blocks closer than 2*context lines share one hunk, as in `diff -u`.
            var last = i;
            while (last + 1 < blocks.Count &&
                   blocks[last + 1].DeleteStartA - End(blocks[last]) <= 2 * context)
            {
                last++;
            }

            AppendHunk(output, oldLines, newLines, blocks, i, last, context);
            i = last + 1;
        }

        if (output.Count == 0)
        {
            return oldText == newText ? "" : "(the texts differ only in line endings or a trailing newline)\n";
        }

        return Render(output, maxLines);
    }

    static string Render(List<string> output, int maxLines)
    {
        var builder = new StringBuilder();
        for (var line = 0; line < output.Count && line < maxLines; line++)
        {
            builder.Append(output[line]).Append('\n');
        }

        if (output.Count > maxLines)
        {
            builder.Append("... ").Append(output.Count - maxLines).Append(" more diff lines\n");
        }

        return builder.ToString();
    }

    static void AppendHunk(List<string> output, IReadOnlyList<string> oldLines, IReadOnlyList<string> newLines, IList<DiffBlock> blocks, int first, int last, int context)
    {
        var oldStart = Math.Max(0, blocks[first].DeleteStartA - context);
        var oldEnd = Math.Min(oldLines.Count, End(blocks[last]) + context);
        var newStart = blocks[first].InsertStartB - (blocks[first].DeleteStartA - oldStart);
        var newEnd = blocks[last].InsertStartB + blocks[last].InsertCountB + (oldEnd - End(blocks[last]));
        output.Add($"@@ -{oldStart + 1},{oldEnd - oldStart} +{newStart + 1},{newEnd - newStart} @@");

        var at = oldStart;
        for (var b = first; b <= last; b++)
        {
            var block = blocks[b];
            for (; at < block.DeleteStartA; at++)
            {
                output.Add(" " + oldLines[at]);
            }

            for (var k = 0; k < block.DeleteCountA; k++)
            {
                output.Add("-" + oldLines[block.DeleteStartA + k]);
            }

            for (var k = 0; k < block.InsertCountB; k++)
            {
                output.Add("+" + newLines[block.InsertStartB + k]);
            }

            at = End(block);
        }

        for (; at < oldEnd; at++)
        {
            output.Add(" " + oldLines[at]);
        }
    }

    static int End(DiffBlock block) => block.DeleteStartA + block.DeleteCountA;
}

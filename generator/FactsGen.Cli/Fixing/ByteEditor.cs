using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace FactsGen.Cli.Fixing;

/// <summary>
/// Applies edits to a fact file's bytes, not to a re-encoding of its text: every byte outside the
/// edited spans (BOM, line ends, comments, quoting) is copied as it was. Edits are given in the
/// characters of the text the analysis read, so the file must decode to exactly that text.
/// </summary>
internal static class ByteEditor
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The edited bytes, or null (with the reason) when the bytes are not the UTF-8 of <paramref name="text"/>.</summary>
    public static byte[]? Apply(byte[] bytes, string text, IEnumerable<CitationEdit> edits, out string? problem)
    {
        var bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        string decoded;
        try
        {
            decoded = StrictUtf8.GetString(bytes, bom, bytes.Length - bom);
        }
        catch (DecoderFallbackException)
        {
            problem = "the file is not valid UTF-8, so it is not rewritten";
            return null;
        }

        if (!string.Equals(decoded, text, StringComparison.Ordinal))
        {
            problem = "the file changed while fix ran, so it is not rewritten";
            return null;
        }

        var result = bytes;
        foreach (var edit in edits.OrderByDescending(e => e.Offset))
        {
            var start = bom + StrictUtf8.GetByteCount(text.AsSpan(0, edit.Offset));
            var length = StrictUtf8.GetByteCount(text.AsSpan(edit.Offset, edit.Length));
            var replacement = StrictUtf8.GetBytes(edit.NewText);
            var next = new byte[result.Length - length + replacement.Length];
            Buffer.BlockCopy(result, 0, next, 0, start);
            Buffer.BlockCopy(replacement, 0, next, start, replacement.Length);
            Buffer.BlockCopy(result, start + length, next, start + replacement.Length, result.Length - start - length);
            result = next;
        }

        problem = null;
        return result;
    }
}

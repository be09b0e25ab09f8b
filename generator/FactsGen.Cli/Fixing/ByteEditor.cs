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

        // One pass in offset order, counting UTF-8 bytes as it goes: linear in the file, however many edits.
        var result = new System.IO.MemoryStream(bytes.Length + 16);
        int charAt = 0, byteAt = bom;
        result.Write(bytes, 0, bom);
        foreach (var edit in edits.OrderBy(e => e.Offset))
        {
            var start = byteAt + StrictUtf8.GetByteCount(text.AsSpan(charAt, edit.Offset - charAt));
            result.Write(bytes, byteAt, start - byteAt);
            result.Write(StrictUtf8.GetBytes(edit.NewText));
            byteAt = start + StrictUtf8.GetByteCount(text.AsSpan(edit.Offset, edit.Length));
            charAt = edit.Offset + edit.Length;
        }

        result.Write(bytes, byteAt, bytes.Length - byteAt);
        problem = null;
        return result.ToArray();
    }
}

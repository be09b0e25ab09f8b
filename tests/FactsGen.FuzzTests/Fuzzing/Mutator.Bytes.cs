using System.Text;

namespace FactsGen.FuzzTests.Fuzzing;

/// <summary>Mutations of a file's bytes (encodings, BOMs, invalid UTF-8) and of the set of files.</summary>
public static partial class Mutator
{
    private static readonly byte[] InterestingBytes = [0x00, 0x09, 0x0A, 0x0D, 0x20, 0x22, 0x27, 0x2D, 0x3A, 0x5C, 0x7F, 0x80, 0xBF, 0xC0, 0xC1, 0xC3, 0xE2, 0xED, 0xEF, 0xF4, 0xF5, 0xFE, 0xFF];

    private static readonly byte[][] InvalidSequences =
    [
        [0x80], [0xBF], [0xC0, 0xAF], [0xC1, 0xBF], [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF],
        [0xF4, 0x90, 0x80, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xFE], [0xFF], [0xE2, 0x82], [0xC3], [0xEF, 0xBB],
    ];

    private static readonly string[] EmptyishFiles = ["", "---", "# only a comment", "...", "~", "null", "[]", "{}", "- a", "\uFEFF", "a: b", "--- !!binary |\n  AAAA", "%YAML 1.2", "\0"];

    private static byte[] FlipBits(FuzzRandom r, byte[] bytes, List<string> log)
    {
        if (bytes.Length == 0) return bytes;
        var copy = (byte[])bytes.Clone();
        var flips = r.Size(8);
        for (var i = 0; i < flips; i++)
        {
            var at = r.Next(copy.Length);
            var bit = r.Next(8);
            copy[at] ^= (byte)(1 << bit);
            log.Add($"  flipped bit {bit} of byte {at}");
        }

        return copy;
    }

    private static byte[] ReplaceBytes(FuzzRandom r, byte[] bytes, List<string> log)
    {
        if (bytes.Length == 0) return bytes;
        var copy = (byte[])bytes.Clone();
        var count = r.Size(4);
        for (var i = 0; i < count; i++)
        {
            var at = r.Next(copy.Length);
            copy[at] = r.Chance(70) ? r.Pick(InterestingBytes) : (byte)r.Next(256);
            log.Add($"  byte {at} -> 0x{copy[at]:X2}");
        }

        return copy;
    }

    private static byte[] TruncateBytes(FuzzRandom r, byte[] bytes, List<string> log)
    {
        var multibyte = Enumerable.Range(0, bytes.Length).Where(i => bytes[i] >= 0x80).ToList();
        var at = multibyte.Count > 0 && r.Chance(50) ? r.Pick(multibyte) : r.Next(bytes.Length + 1);
        log.Add($"  truncated at byte {at}");
        return bytes.AsSpan(0, at).ToArray();
    }

    private static byte[] InvalidUtf8(FuzzRandom r, byte[] bytes, List<string> log)
    {
        var sequence = r.Pick(InvalidSequences);
        var at = r.Next(bytes.Length + 1);
        log.Add($"  inserted {Convert.ToHexString(sequence)} at byte {at}");
        return [.. bytes.AsSpan(0, at), .. sequence, .. bytes.AsSpan(at)];
    }

    private static byte[] Bom(FuzzRandom r, byte[] bytes, List<string> log)
    {
        byte[] utf8Bom = [0xEF, 0xBB, 0xBF];
        var text = BytesAdditionalText.Decode(bytes);
        switch (r.Next(8))
        {
            case 0:
                log.Add("  UTF-8 BOM prepended");
                return [.. utf8Bom, .. bytes];
            case 1:
                log.Add("  two UTF-8 BOMs prepended");
                return [.. utf8Bom, .. utf8Bom, .. bytes];
            case 2:
                var at = r.Next(bytes.Length + 1);
                log.Add($"  UTF-8 BOM inserted at byte {at}");
                return [.. bytes.AsSpan(0, at), .. utf8Bom, .. bytes.AsSpan(at)];
            case 3:
                log.Add("  re-encoded as UTF-16 LE with BOM");
                return [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)];
            case 4:
                log.Add("  re-encoded as UTF-16 BE with BOM");
                return [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)];
            case 5:
                log.Add("  re-encoded as UTF-16 LE without BOM");
                return Encoding.Unicode.GetBytes(text);
            case 6:
                log.Add("  re-encoded as UTF-32 LE with BOM");
                return [0xFF, 0xFE, 0x00, 0x00, .. new UTF32Encoding(false, false).GetBytes(text)];
            default:
                log.Add("  UTF-8 BOM and invalid UTF-8");
                return [.. utf8Bom, .. bytes, 0xC3];
        }
    }

    private static byte[] ByteRange(FuzzRandom r, byte[] bytes, List<string> log)
    {
        if (bytes.Length == 0) return bytes;
        var at = r.Next(bytes.Length);
        var length = Math.Min(r.Size(64), bytes.Length - at);
        switch (r.Next(3))
        {
            case 0:
                log.Add($"  deleted bytes {at}..{at + length}");
                return [.. bytes.AsSpan(0, at), .. bytes.AsSpan(at + length)];
            case 1:
                log.Add($"  duplicated bytes {at}..{at + length}");
                return [.. bytes.AsSpan(0, at + length), .. bytes.AsSpan(at, length), .. bytes.AsSpan(at + length)];
            default:
                var noise = Enumerable.Range(0, length).Select(_ => (byte)r.Next(256)).ToArray();
                log.Add($"  {length} random bytes inserted at {at}");
                return [.. bytes.AsSpan(0, at), .. noise, .. bytes.AsSpan(at)];
        }
    }

    private static FactBase MutateFiles(FuzzRandom r, FactBase factBase, List<string> log)
    {
        var yaml = factBase.YamlFiles.ToList();
        var articles = factBase.Files.Where(f => !f.IsYaml).ToList();
        switch (r.Next(9))
        {
            case 0 when factBase.Files.Count > 1:
            {
                var file = r.Pick(factBase.Files);
                log.Add($"files: dropped {file.Path}");
                return factBase.Without(file.Path);
            }

            case 1 when yaml.Count > 0:
            {
                var file = r.Pick(yaml);
                var copy = file with { Path = $"facts/copy-{r.Next(100)}.yaml" };
                log.Add($"files: {file.Path} copied to {copy.Path}");
                return factBase.With(copy);
            }

            case 2 when yaml.Count > 0:
            {
                var file = r.Pick(yaml);
                var renamed = file with { Path = file.Path.Replace(".yaml", ".yml", StringComparison.Ordinal).Replace("facts/", r.Chance(50) ? "facts/sub/" : "facts/", StringComparison.Ordinal) };
                log.Add($"files: {file.Path} moved to {renamed.Path}");
                return factBase.Without(file.Path).With(renamed);
            }

            case 3:
            {
                var content = r.Pick(EmptyishFiles);
                log.Add($"files: added facts/extra.yaml '{Escape(content)}'");
                return factBase.With(FactFile.FromText("facts/extra.yaml", content));
            }

            case 4 when yaml.Count > 0:
            {
                var file = r.Pick(yaml);
                var lines = file.Text.Split('\n');
                var cut = r.Next(lines.Length + 1);
                log.Add($"files: {file.Path} split at line {cut + 1}");
                return factBase
                    .With(FactFile.FromText(file.Path, string.Join("\n", lines.Take(cut))))
                    .With(FactFile.FromText(file.Path.Replace(".y", "-2.y", StringComparison.Ordinal), string.Join("\n", lines.Skip(cut))));
            }

            case 5 when articles.Count > 0:
            {
                var file = r.Pick(articles);
                log.Add($"files: article {file.Path} emptied");
                return factBase.With(file with { Bytes = [] });
            }

            case 6 when articles.Count > 0:
            {
                var file = r.Pick(articles);
                var renamed = file with { Path = file.Path.Replace(".txt", "x.txt", StringComparison.Ordinal) };
                log.Add($"files: article {file.Path} renamed to {renamed.Path}");
                return factBase.Without(file.Path).With(renamed);
            }

            case 7 when articles.Count > 0:
            {
                var file = r.Pick(articles);
                var copy = file with { Path = file.Path.ToUpperInvariant().Replace("FACTS/", "facts/", StringComparison.Ordinal).Replace(".TXT", ".txt", StringComparison.Ordinal) };
                log.Add($"files: article {file.Path} also as {copy.Path}");
                return factBase.With(copy);
            }

            default:
            {
                log.Add("files: added an unrelated article facts/articles/zz.txt");
                return factBase.With(FactFile.FromText("facts/articles/zz.txt", "An unrelated line.\nAnother one.\n"));
            }
        }
    }
}

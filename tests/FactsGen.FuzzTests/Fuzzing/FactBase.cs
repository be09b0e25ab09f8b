using System.IO;
using System.Text;
using System.Threading;
using FactsGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace FactsGen.FuzzTests.Fuzzing;

/// <summary>One file of a fact base: its path below the project folder (e.g. <c>facts/actors.yaml</c>) and its bytes.</summary>
public sealed record FactFile(string Path, byte[] Bytes)
{
    public static FactFile FromText(string path, string text) => new(path, Encoding.UTF8.GetBytes(text));

    public string Text => Encoding.UTF8.GetString(Bytes);

    public bool IsYaml => Path.EndsWith(".yaml", StringComparison.Ordinal) || Path.EndsWith(".yml", StringComparison.Ordinal);
}

/// <summary>
/// A fact base as the compiler gets it: files of bytes, decoded the way the compiler decodes
/// AdditionalFiles (BOM detection, strict UTF-8, else a single-byte fallback). Saved to and loaded
/// from a folder, so a failing fuzz input can be kept as a regression case byte for byte.
/// </summary>
public sealed record FactBase(IReadOnlyList<FactFile> Files)
{
    public const string ProjectDir = "/project/";

    /// <summary>The real fact base under facts/ (YAML and article texts), byte for byte.</summary>
    public static FactBase Real { get; } = Load(RepoPaths.Root, "facts");

    public IEnumerable<FactFile> YamlFiles => Files.Where(f => f.IsYaml);

    public long TotalBytes => Files.Sum(f => (long)f.Bytes.Length);

    public FactBase With(FactFile file) => new(Files.Select(f => f.Path == file.Path ? file : f).Concat(Files.Any(f => f.Path == file.Path) ? [] : [file]).ToList());

    public FactBase Without(string path) => new(Files.Where(f => f.Path != path).ToList());

    public IReadOnlyList<AdditionalText> ToAdditionalTexts() =>
        Files.Select(f => (AdditionalText)new BytesAdditionalText(ProjectDir + f.Path, f.Bytes)).ToList();

    /// <summary>Writes every file below <paramref name="folder"/> (created if needed).</summary>
    public void Save(string folder)
    {
        foreach (var file in Files)
        {
            var path = Path.Combine(folder, file.Path.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Bytes);
        }
    }

    /// <summary>Reads the *.yaml, *.yml and *.txt files below <paramref name="root"/>/<paramref name="folder"/>, with paths relative to <paramref name="root"/>.</summary>
    public static FactBase Load(string root, string folder = "facts") =>
        new(Directory.EnumerateFiles(Path.Combine(root, folder), "*", SearchOption.AllDirectories)
            .Where(p => p.EndsWith(".yaml", StringComparison.Ordinal) || p.EndsWith(".yml", StringComparison.Ordinal) || p.EndsWith(".txt", StringComparison.Ordinal))
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => new FactFile(Path.GetRelativePath(root, p).Replace('\\', '/'), File.ReadAllBytes(p)))
            .ToList());

    /// <summary>The files for a failure message: paths, and text with invisible characters shown as \uXXXX.</summary>
    public string Describe(int maxCharsPerFile = 4000)
    {
        var sb = new StringBuilder();
        foreach (var file in Files)
        {
            var text = BytesAdditionalText.Decode(file.Bytes);
            sb.Append("=== ").Append(file.Path).Append(" (").Append(file.Bytes.Length).Append(" bytes)\n");
            var shown = text.Length > maxCharsPerFile ? text.Substring(0, maxCharsPerFile) : text;
            foreach (var c in shown)
            {
                if (c == '\n' || (c >= ' ' && c < 0x7F))
                {
                    sb.Append(c);
                }
                else
                {
                    sb.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                }
            }

            if (text.Length > maxCharsPerFile)
            {
                sb.Append("\n… (").Append(text.Length - maxCharsPerFile).Append(" more chars)");
            }

            sb.Append('\n');
        }

        return sb.ToString();
    }
}

/// <summary>An AdditionalFile from bytes, decoded as csc decodes files (see <see cref="Decode"/>).</summary>
public sealed class BytesAdditionalText : AdditionalText
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly SourceText _text;

    public BytesAdditionalText(string path, byte[] bytes)
    {
        Path = path;
        _text = SourceText.From(Decode(bytes), Encoding.UTF8);
    }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;

    /// <summary>
    /// Like the compiler's EncodedStringText: a UTF-8, UTF-16 or UTF-32 byte order mark picks the
    /// encoding (and is dropped); otherwise strict UTF-8, and bytes that are not UTF-8 fall back to a
    /// single-byte code page (Latin-1 here, Windows-1252 in csc): invalid UTF-8 never fails to load.
    /// </summary>
    public static string Decode(byte[] bytes)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            return Strict(StrictUtf8, bytes, 3) ?? Encoding.Latin1.GetString(bytes, 3, bytes.Length - 3);
        }

        if (bytes.Length >= 4 && bytes[0] == 0xFF && bytes[1] == 0xFE && bytes[2] == 0 && bytes[3] == 0)
        {
            return new UTF32Encoding(bigEndian: false, byteOrderMark: false).GetString(bytes, 4, bytes.Length - 4);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        }

        return Strict(StrictUtf8, bytes, 0) ?? Encoding.Latin1.GetString(bytes);
    }

    private static string? Strict(Encoding encoding, byte[] bytes, int offset)
    {
        try
        {
            return encoding.GetString(bytes, offset, bytes.Length - offset);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}

/// <summary>An AdditionalFile holding any string, lone surrogates included, as an editor buffer can.</summary>
public sealed class StringAdditionalText(string path, string text) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text);

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}

using System;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FactsGen.Diagnostics;
using Microsoft.CodeAnalysis;

namespace FactsGen.Cli.Commands;

/// <summary>Prints a <see cref="CheckResult"/> as compiler lines (text) or as one JSON object.</summary>
internal static class CheckOutput
{
    /// <summary>
    /// <c>path(line,col): error FGxxxx: message</c>, 1-based, as <c>dotnet build</c> prints the same
    /// diagnostic, so VS Code's <c>$msCompile</c> problem matcher and CI log parsers read it; then a summary.
    /// </summary>
    public static void WriteText(TextWriter stdout, CheckResult result)
    {
        foreach (var diagnostic in result.Diagnostics)
        {
            stdout.WriteLine(Format(diagnostic, result.CurrentDirectory));
        }

        var files = $"{Count(result.FactFileCount, "fact file")}, {Count(result.ArticleCount, "article")}";
        var verdict = result.Diagnostics.Length == 0
            ? "no problems"
            : $"{Count(result.ErrorCount, "error")}, {Count(result.WarningCount, "warning")}";
        stdout.WriteLine($"factsgen: {files}: {verdict} ({result.Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms)");
    }

    public static string Format(DiagnosticInfo diagnostic, string currentDirectory)
    {
        var severity = Severity(diagnostic);
        var where = diagnostic.Location is { } location
            ? string.Format(CultureInfo.InvariantCulture, "{0}({1},{2})", DisplayPath(location.FilePath, currentDirectory), location.StartLine + 1, location.StartColumn + 1)
            : "factsgen";
        return $"{where}: {severity} {diagnostic.Id}: {diagnostic.Message}";
    }

    public static void WriteJson(TextWriter stdout, CheckResult result, string folderAsGiven)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("version", 1);
            json.WriteString("tool", "factsgen " + CliApp.Version);
            json.WriteString("folder", folderAsGiven);
            json.WriteNumber("factFiles", result.FactFileCount);
            json.WriteNumber("articles", result.ArticleCount);
            json.WriteNumber("errors", result.ErrorCount);
            json.WriteNumber("warnings", result.WarningCount);
            json.WriteStartArray("diagnostics");
            foreach (var diagnostic in result.Diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("id", diagnostic.Id);
                json.WriteString("severity", Severity(diagnostic));
                json.WriteString("title", diagnostic.Descriptor.Title.ToString(CultureInfo.InvariantCulture));
                json.WriteString("message", diagnostic.Message);
                if (diagnostic.Location is { } location)
                {
                    json.WriteString("file", DisplayPath(location.FilePath, result.CurrentDirectory));
                    json.WriteString("fullPath", location.FilePath);
                    json.WriteNumber("line", location.StartLine + 1);
                    json.WriteNumber("column", location.StartColumn + 1);
                    json.WriteNumber("endLine", location.EndLine + 1);
                    json.WriteNumber("endColumn", location.EndColumn + 1);
                }
                else
                {
                    json.WriteNull("file");
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        stdout.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    /// <summary>Relative to the current folder when inside it (as editors and CI logs show paths), else full.</summary>
    public static string DisplayPath(string path, string currentDirectory)
    {
        var relative = Path.GetRelativePath(currentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative;
    }

    private static string Severity(DiagnosticInfo diagnostic) => diagnostic.Descriptor.DefaultSeverity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };

    private static string Count(int n, string noun) =>
        n.ToString(CultureInfo.InvariantCulture) + " " + noun + (n == 1 ? string.Empty : "s");
}

using System;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace FactsGen.Snapshots;

/// <summary>
/// Entry point, shaped like <c>VerifyXunit.Verifier</c> so that swapping to the real Verify is a
/// change of the <c>using</c> line. Snapshot files are named <c>{TypeName}.{MethodName}</c>, where
/// TypeName is the caller's source file name without extension: keep one test class per file, named
/// after the class (Verify takes the class name from xUnit; the two agree under that convention).
/// Files live beside the caller's source file unless <see cref="SettingsTask.UseDirectory"/> is used.
/// </summary>
public static class Verifier
{
    /// <summary>
    /// Snapshots a generator run as Verify.SourceGenerators does: one
    /// <c>{Type}.{Method}#{HintNameWithoutExtension}.verified.cs</c> per generated source and, when there
    /// are diagnostics, <c>{Type}.{Method}.verified.txt</c> listing them.
    /// </summary>
    public static SettingsTask Verify(
        GeneratorDriver driver,
        [CallerFilePath] string sourceFile = "",
        [CallerMemberName] string method = "")
    {
        ArgumentNullException.ThrowIfNull(driver);
        // GetRunResult runs now, not at await time, so later changes to the driver variable don't leak in.
        return Verify(driver.GetRunResult(), sourceFile, method);
    }

    /// <inheritdoc cref="Verify(GeneratorDriver, string, string)"/>
    public static SettingsTask Verify(
        GeneratorDriverRunResult result,
        [CallerFilePath] string sourceFile = "",
        [CallerMemberName] string method = "")
    {
        ArgumentNullException.ThrowIfNull(result);
        return new(ignore => GeneratorTargets.From(result, ignore), sourceFile, method);
    }

    /// <summary>
    /// Snapshots plain text as <c>{Type}.{Method}.verified.{extension}</c>: <c>Verify(text)</c> writes .txt,
    /// <c>Verify(text, "json")</c> .json. One method with an optional extension rather than two overloads:
    /// with the caller-info strings, <c>Verify(text)</c> and <c>Verify(text, extension)</c> overloads would
    /// make <c>Verify(text, "json")</c> ambiguous (Verify avoids that with its VerifySettings parameter).
    /// </summary>
    public static SettingsTask Verify(
        string text,
        string extension = "txt",
        [CallerFilePath] string sourceFile = "",
        [CallerMemberName] string method = "")
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentException.ThrowIfNullOrWhiteSpace(extension);
        var ext = extension.TrimStart('.');
        return new(_ => [new SnapshotTarget(null, ext, text)], sourceFile, method);
    }
}

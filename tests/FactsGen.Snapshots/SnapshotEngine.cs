using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace FactsGen.Snapshots;

/// <summary>Compares targets with their verified files; writes received files, or accepts.</summary>
internal static class SnapshotEngine
{
    // Verify's default: UTF-8 with BOM, so a later swap to Verify doesn't rewrite every file.
    static readonly Encoding fileEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    // Names differing only in case are one file on Windows/macOS; treat them as one everywhere (as Verify does).
    static readonly StringComparer pathComparer = StringComparer.OrdinalIgnoreCase;

    internal sealed record Change(string Verified, string Received, string? OldText, string NewText);

    public static void Run(string directory, string prefix, IReadOnlyList<SnapshotTarget> targets, SnapshotSettings settings)
    {
        Directory.CreateDirectory(directory);

        // Received files are per-run output: drop the previous run's before comparing (as Verify does),
        // so a passing run leaves none behind.
        foreach (var stale in Find(directory, prefix, "received"))
        {
            File.Delete(stale);
        }

        var unclaimed = new HashSet<string>(Find(directory, prefix, "verified"), pathComparer);
        var changes = new List<Change>();
        foreach (var (target, suffix) in WithSuffixes(targets))
        {
            var verified = Path.Combine(directory, $"{prefix}{suffix}.verified.{target.Extension}");
            var received = Path.Combine(directory, $"{prefix}{suffix}.received.{target.Extension}");
            unclaimed.Remove(verified);

            var text = Normalize(target.Text);
            var old = File.Exists(verified) ? Normalize(File.ReadAllText(verified)) : null;
            if (old != text)
            {
                changes.Add(new(verified, received, old, text));
            }
        }

        var stales = unclaimed.Order(pathComparer).ToList();
        if (changes.Count == 0 && stales.Count == 0)
        {
            return;
        }

        if (settings.Accept)
        {
            changes.ForEach(c => File.WriteAllText(c.Verified, c.NewText, fileEncoding));
            stales.ForEach(File.Delete);
            return;
        }

        changes.ForEach(c => File.WriteAllText(c.Received, c.NewText, fileEncoding));
        throw new SnapshotMismatchException(FailureMessage.Build(directory, prefix, changes, stales, settings));
    }

    /// <summary>
    /// Verify's suffixes: "#{Name}" for named targets, and an index ("#00", "#{Name}.00") when several
    /// targets share a name and extension (e.g. two generators emitting the same hint name).
    /// </summary>
    static IEnumerable<(SnapshotTarget Target, string Suffix)> WithSuffixes(IReadOnlyList<SnapshotTarget> targets)
    {
        foreach (var group in targets.GroupBy(t => (t.Name ?? "", t.Extension.ToLowerInvariant())))
        {
            var members = group.ToList();
            for (var index = 0; index < members.Count; index++)
            {
                var target = members[index];
                var name = target.Name is null ? "" : $"#{target.Name}";
                var suffix = members.Count == 1 ? name
                    : target.Name is null ? $"#{index:D2}"
                    : $"{name}.{index:D2}";
                yield return (target, suffix);
            }
        }
    }

    /// <summary>Files of this test only: "{prefix}.{kind}.*" and "{prefix}#*.{kind}.*".</summary>
    static IEnumerable<string> Find(string directory, string prefix, string kind) =>
        Directory.EnumerateFiles(directory, $"{prefix}*.{kind}.*")
            .Where(path =>
            {
                var name = Path.GetFileName(path);
                return name.StartsWith($"{prefix}.{kind}.", StringComparison.OrdinalIgnoreCase) ||
                       name.StartsWith($"{prefix}#", StringComparison.OrdinalIgnoreCase);
            });

    /// <summary>LF line endings and no BOM: snapshots must not depend on the OS or editor that wrote them.</summary>
    /// <remarks>Only CR/CRLF, like Verify: ReplaceLineEndings would also rewrite \f and U+0085 in content.</remarks>
    internal static string Normalize(string text) =>
        text.TrimStart('\uFEFF').Replace("\r\n", "\n").Replace('\r', '\n');
}

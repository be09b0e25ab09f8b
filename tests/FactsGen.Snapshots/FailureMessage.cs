using System.Collections.Generic;
using System.IO;
using System.Text;

namespace FactsGen.Snapshots;

/// <summary>The text of a <see cref="SnapshotMismatchException"/>: what differs, the diffs, how to accept.</summary>
internal static class FailureMessage
{
    const int MaxLinesPerFile = 120;

    public static string Build(
        string directory,
        string prefix,
        IReadOnlyList<SnapshotEngine.Change> changes,
        IReadOnlyList<string> stales,
        SnapshotSettings settings)
    {
        var builder = new StringBuilder();
        builder.Append("Snapshot mismatch for ").Append(prefix).Append('\n');
        builder.Append("Directory: ").Append(directory).Append('\n');

        foreach (var change in changes)
        {
            builder.Append(change.OldText is null ? "  New:     " : "  Changed: ")
                .Append(Path.GetFileName(change.Verified))
                .Append(change.OldText is null ? " (missing; received written to " : " (received written to ")
                .Append(Path.GetFileName(change.Received)).Append(")\n");
        }

        foreach (var stale in stales)
        {
            builder.Append("  Stale:   ").Append(Path.GetFileName(stale)).Append(" (verified, but no longer produced)\n");
        }

        foreach (var change in changes)
        {
            builder.Append('\n')
                .Append("--- ").Append(change.OldText is null ? "/dev/null" : Path.GetFileName(change.Verified)).Append('\n')
                .Append("+++ ").Append(Path.GetFileName(change.Received)).Append('\n')
                .Append(UnifiedDiff.Create(change.OldText ?? "", change.NewText, maxLines: MaxLinesPerFile));
        }

        builder.Append('\n')
            .Append("To accept: review the diff, then rename each *.received.* file to *.verified.* and delete stale ")
            .Append("*.verified.* files, or rerun the tests locally with ")
            .Append(SnapshotSettings.AcceptVariable).Append("=1. Accepting is disabled when ")
            .Append(SnapshotSettings.CiVariable).Append("=true.\n");
        if (settings.AcceptRequested && settings.IsCi)
        {
            builder.Append(SnapshotSettings.AcceptVariable).Append(" is set but was ignored because ")
                .Append(SnapshotSettings.CiVariable).Append("=true: a CI run never rewrites snapshots.\n");
        }

        return builder.ToString();
    }
}

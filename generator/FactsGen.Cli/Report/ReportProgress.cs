namespace FactsGen.Cli.Report;

/// <summary>How far <see cref="ReportSite.Write"/> is: <paramref name="Done"/> of <paramref name="Total"/> files written, the last one named.</summary>
internal readonly record struct ReportProgress(int Done, int Total, string File);

namespace FactsGen.Diagnostics;

/// <summary>One key and value of <see cref="DiagnosticInfo.Properties"/>.</summary>
public sealed record DiagnosticProperty(string Key, string Value)
{
    /// <summary>FG0013: the 1-based lines that hold the quote, comma-separated in order ("3,4,6"), when it is on other lines than the cited one.</summary>
    public const string Lines = "lines";

    /// <summary>FG0017: the field to list under <c>inferred</c>; FG0101: the certainty field to write.</summary>
    public const string Field = "field";

    /// <summary>FG0101: the certainty the hedge suggests (<c>estimated</c>, <c>reported</c>, <c>alleged</c>).</summary>
    public const string Suggestion = "suggestion";

    /// <summary>
    /// FG0002, FG0003, FG0005, FG0007, FG0016: the did-you-mean value, which replaces the node at fault
    /// as it stands (the message says it in words); absent when nothing is near enough.
    /// </summary>
    public const string DidYouMean = "didYouMean";
}

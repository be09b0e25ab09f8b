using System.Linq;
using Xunit;

namespace FactsGen.Snapshots.Tests;

public class UnifiedDiffTests
{
    static string Lines(params int[] numbers) => string.Join("\n", numbers.Select(n => $"line {n}"));

    [Fact]
    public void FarApartChanges_SeparateHunks_OnlyChangedLinesAndContext()
    {
        var old = Lines(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20);
        var @new = old.Replace("line 2\n", "line two\n").Replace("line 18\n", "");

        Assert.Equal(
            """
            @@ -1,5 +1,5 @@
             line 1
            -line 2
            +line two
             line 3
             line 4
             line 5
            @@ -15,6 +15,5 @@
             line 15
             line 16
             line 17
            -line 18
             line 19
             line 20

            """.Replace("\r\n", "\n"),
            UnifiedDiff.Create(old, @new));
    }

    [Fact]
    public void NewFile_AllAdditions_Truncated()
    {
        Assert.Equal("@@ -0,0 +1,3 @@\n+line 1\n+line 2\n... 1 more diff lines\n", UnifiedDiff.Create("", Lines(1, 2, 3), maxLines: 3));
    }

    [Fact]
    public void Equal_NoOutput() => Assert.Equal("", UnifiedDiff.Create("a\nb", "a\nb"));
}

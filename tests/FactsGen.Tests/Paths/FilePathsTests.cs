using FactsGen.Model;

namespace FactsGen.Tests.Paths;

/// <summary>
/// Path arithmetic gives hint names, holder names and the paths in messages, so its results are part
/// of the generated output. A path already in normal form is given back as it is (every fact file's
/// path passes here), and a file below the project folder is made relative without splitting it:
/// both shortcuts must give what the general rule gives.
/// </summary>
public class FilePathsTests
{
    [Theory]
    [InlineData("/project/facts/a.yaml", "/project/facts/a.yaml")]
    [InlineData("facts/a.yaml", "facts/a.yaml")]
    [InlineData("a/.b/..c/b..", "a/.b/..c/b..")]
    [InlineData("C:\\p\\facts\\a.yaml", "C:/p/facts/a.yaml")]
    [InlineData("/p/./facts//a.yaml", "/p/facts/a.yaml")]
    [InlineData("/p/x/../facts/a.yaml", "/p/facts/a.yaml")]
    [InlineData("//p/a", "/p/a")]
    [InlineData("../a", "../a")]
    [InlineData("./a", "a")]
    [InlineData("a/", "a")]
    [InlineData("a/.", "a")]
    [InlineData("a/..", "")]
    [InlineData("/", "/")]
    [InlineData(".", "")]
    [InlineData("", "")]
    public void Normalizes(string path, string expected) => Assert.Equal(expected, FilePaths.Normalize(path));

    [Fact]
    public void GivesANormalPathBackAsItIs()
    {
        var path = "/project/facts/region-001.yaml";
        Assert.Same(path, FilePaths.Normalize(path));
    }

    [Theory]
    [InlineData("/p/facts/a.yaml", "/p", "facts/a.yaml")]
    [InlineData("/p/facts/a.yaml", "/p/", "facts/a.yaml")]
    [InlineData("/p/facts/a.yaml", "/p/./", "facts/a.yaml")]
    [InlineData("/p/facts/a.yaml", "/p/facts", "a.yaml")]
    [InlineData("/p/facts/./a.yaml", "/p", "facts/a.yaml")]
    [InlineData("/p/facts/a.yaml", "/p/other", "../facts/a.yaml")]
    [InlineData("/p/facts/a.yaml", "/p/other/deeper", "../../facts/a.yaml")]
    [InlineData("/pq/a.yaml", "/p", "/pq/a.yaml")] // a prefix that is no folder: different roots
    [InlineData("/p/a.yaml", "/q", "/p/a.yaml")]
    [InlineData("/p", "/p", "../p")]
    [InlineData("C:\\p\\facts\\a.yaml", "C:\\p", "facts/a.yaml")]
    [InlineData("D:/p/a.yaml", "C:/p", "D:/p/a.yaml")]
    [InlineData("/p/a.yaml", "/", "/p/a.yaml")]
    [InlineData("p/a.yaml", "p", "a.yaml")]
    [InlineData("/p/a.yaml", null, "/p/a.yaml")]
    [InlineData("/p/a.yaml", "", "/p/a.yaml")]
    public void MakesRelative(string path, string? root, string expected) => Assert.Equal(expected, FilePaths.RelativeTo(path, root));
}

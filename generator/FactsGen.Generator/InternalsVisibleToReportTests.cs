using System.Runtime.CompilerServices;

// The review site's tests (tests/FactsGen.Report.Tests) test HtmlText and read FactBaseAnalysis.
// An attribute in its own file rather than a line in the project file, so the branch that added
// the tests merges without touching a file others edit; it may move to the csproj's list.
[assembly: InternalsVisibleTo("FactsGen.Report.Tests")]

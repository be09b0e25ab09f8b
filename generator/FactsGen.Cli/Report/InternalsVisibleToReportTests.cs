using System.Runtime.CompilerServices;

// The review site's tests call ReportSite and its parts; see the same attribute in the generator.
[assembly: InternalsVisibleTo("FactsGen.Report.Tests")]

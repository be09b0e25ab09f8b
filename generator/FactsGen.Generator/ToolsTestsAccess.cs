// The editors' tools' tests (tests/FactsGen.Tools.Tests) test the article and escaping helpers the
// tools share (RawQuoteLocator, JsonText) directly. An attribute in a file of its own, so the
// generator's project file stays as it is while other work changes it.
[assembly: System.Runtime.CompilerServices.InternalsVisibleTo("FactsGen.Tools.Tests")]

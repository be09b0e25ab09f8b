namespace FactsGen.LanguageServer.Handlers;
internal sealed class DefinitionHandler { public DefinitionHandler(ServerContext c) {} public Protocol.Location Definition(Protocol.TextDocumentPositionParams p) => null!; }

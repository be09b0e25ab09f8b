namespace FactsGen.LanguageServer.Handlers;
internal sealed class CodeActionHandler { public CodeActionHandler(ServerContext c) {} public Protocol.CodeAction[] Actions(Protocol.CodeActionParams p) => null!; }

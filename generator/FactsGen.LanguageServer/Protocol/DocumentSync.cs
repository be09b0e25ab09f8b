using Newtonsoft.Json;

namespace FactsGen.LanguageServer.Protocol;

internal sealed record TextDocumentItem(string Uri, string? LanguageId, int Version, string Text);

internal sealed record VersionedTextDocumentIdentifier(string Uri, int? Version);

/// <summary>A change: a range and its new text (incremental sync), or the whole text when the range is absent (full sync).</summary>
[JsonObject(ItemNullValueHandling = NullValueHandling.Ignore)]
internal sealed record TextDocumentContentChangeEvent(Range? Range, string Text);

internal sealed record DidOpenTextDocumentParams(TextDocumentItem TextDocument);

internal sealed record DidChangeTextDocumentParams(VersionedTextDocumentIdentifier TextDocument, TextDocumentContentChangeEvent[] ContentChanges);

internal sealed record DidCloseTextDocumentParams(TextDocumentIdentifier TextDocument);

/// <summary>A file the client watches changed on disk (1 created, 2 changed, 3 deleted).</summary>
internal sealed record FileEvent(string Uri, int Type);

internal sealed record DidChangeWatchedFilesParams(FileEvent[] Changes);

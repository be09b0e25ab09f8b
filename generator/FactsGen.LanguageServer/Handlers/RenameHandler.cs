using System.Collections.Generic;
using System.Linq;
using System.Threading;
using FactsGen.LanguageServer.Features;
using FactsGen.LanguageServer.Protocol;
using FactsGen.LanguageServer.Workspace;
using FactsGen.Model;
using FactsGen.Tooling.Engine;
using StreamJsonRpc;

namespace FactsGen.LanguageServer.Handlers;

/// <summary>
/// textDocument/prepareRename and rename: an id changes at its declaration and at every reference to
/// it across the fact base (closed files included, and citations' <c>article:</c> for an article),
/// in one workspace edit for the client to apply. The new id must be a valid id that its kind does
/// not have yet.
/// </summary>
internal sealed class RenameHandler
{
    private const int RequestFailed = -32803;

    private readonly ServerContext _context;

    public RenameHandler(ServerContext context) => _context = context;

    public PrepareRenameResult? Prepare(TextDocumentPositionParams parameters, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (_context.Document(parameters.TextDocument.Uri) is not var (snapshot, path, text)
            || RenameTarget.At(snapshot, path, ServerContext.OffsetOf(text, parameters.Position)) is not { } target)
        {
            return null;
        }

        var (start, length) = ScalarSpan.Inner(text.Text, target.Start, target.Length);
        return new PrepareRenameResult(text.RangeOf(start, length), target.Id);
    }

    public WorkspaceEdit Rename(RenameParams parameters, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (_context.Document(parameters.TextDocument.Uri) is not var (snapshot, path, text)
            || RenameTarget.At(snapshot, path, ServerContext.OffsetOf(text, parameters.Position)) is not { } target)
        {
            throw new LocalRpcException("there is no id to rename here; rename a record's id, a reference or a citation's article") { ErrorCode = RequestFailed };
        }

        var newId = parameters.NewName ?? string.Empty;
        if (!Values.Slug.IsValid(newId))
        {
            throw new LocalRpcException(Values.Slug.Explain(newId)) { ErrorCode = RequestFailed };
        }

        if (newId != target.Id && snapshot.Find(target.Kind, newId) is not null)
        {
            throw new LocalRpcException($"{target.Kind.Noun} '{newId}' already exists; pick another id") { ErrorCode = RequestFailed };
        }

        var changes = new Dictionary<string, TextEdit[]>(System.StringComparer.Ordinal);
        foreach (var file in snapshot.FactFiles.Values)
        {
            var edits = Places(file, target, snapshot.CitedKind.Index == target.Kind.Index)
                .Select(l => ScalarSpan.Inner(file.Text.Text, l.Start, l.Length))
                .Distinct()
                .OrderBy(s => s.Start)
                .Select(s => new TextEdit(file.Text.RangeOf(s.Start, s.Length), newId))
                .ToArray();
            if (edits.Length > 0)
            {
                changes[_context.Workspace.UriOf(file.Path)] = edits;
            }
        }

        return new WorkspaceEdit(changes);
    }

    /// <summary>Where a file names the id: records of the kind that declare it, references to the kind, citations when it is the cited kind.</summary>
    private static IEnumerable<LocationInfo> Places(FactFileEntry file, RenameTarget target, bool citedKind)
    {
        foreach (var record in file.Parsed.Records)
        {
            if (record.Id == target.Id && record.Kind == target.Kind.Index)
            {
                yield return record.IdLocation;
            }
        }

        foreach (var reference in file.Summary.References)
        {
            if (reference.Id == target.Id && reference.Target == target.Kind.Index)
            {
                yield return reference.Location;
            }
        }

        if (citedKind)
        {
            foreach (var use in file.Summary.ArticleUses)
            {
                if (use.Id == target.Id)
                {
                    yield return use.Location;
                }
            }
        }
    }
}

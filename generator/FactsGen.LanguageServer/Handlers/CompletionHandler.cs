using System.Threading;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using FactsGen.LanguageServer.Engine;
using FactsGen.LanguageServer.Features;
using FactsGen.LanguageServer.Protocol;
using FactsGen.LanguageServer.Workspace;
using FactsGen.Schema;
using ValueType = FactsGen.Schema.ValueType;

namespace FactsGen.LanguageServer.Handlers;

/// <summary>
/// textDocument/completion, from the line being typed (which need not parse yet): after a reference
/// field, the ids of its kind with their summaries; after <c>article:</c> in a citation, the article
/// ids; after an enum field, its values; at a key of a record, the fields it does not have yet and
/// <c>inferred</c>; in an <c>inferred</c> block, the fields; under a disputable field, <c>claims</c>; in a
/// claim, its keys, and after <c>rank:</c> the ranks; at the top level, the sections. Every kind is walked through its descriptor, declared ones alike.
/// </summary>
internal sealed class CompletionHandler
{
    private static readonly Regex ArticleValue = new(@"(?:^|[{,\s])article: *[""']?[a-z0-9-]*$", RegexOptions.CultureInvariant);
    private static readonly Regex KeyValue = new(@"^(?<indent> *)(?:- +)?(?<key>[A-Za-z0-9_][A-Za-z0-9_-]*) *: +(?:\[[^\]]*)?[""']?[a-z0-9-]*$", RegexOptions.CultureInvariant);
    private static readonly Regex ListItem = new(@"^(?<indent> *)- +[""']?[a-z0-9-]*$", RegexOptions.CultureInvariant);
    private static readonly Regex KeyStart = new(@"^(?<indent> *)(?<dash>- +)?[A-Za-z0-9_-]*$", RegexOptions.CultureInvariant);

    private readonly ServerContext _context;

    public CompletionHandler(ServerContext context) => _context = context;

    public CompletionList Complete(TextDocumentPositionParams parameters, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var items = new List<CompletionItem>();
        if (_context.Document(parameters.TextDocument.Uri) is var (snapshot, path, text) && snapshot.FactFiles.ContainsKey(path))
        {
            var offset = ServerContext.OffsetOf(text, parameters.Position);
            var position = text.PositionOf(offset);
            items.AddRange(Items(snapshot, text, position));
        }

        return new CompletionList(false, items.ToArray());
    }

    private static IEnumerable<CompletionItem> Items(FactBaseSnapshot snapshot, DocumentText text, Position position)
    {
        var line = text.Line(position.Line);
        var prefix = line.Substring(0, position.Character);
        var replace = TokenRange(line, position);
        var kind = YamlText.SectionOf(text, position.Line) is { } section ? snapshot.KindOfSection(section) : null;
        var record = YamlText.RecordOf(text, position.Line);

        if (ArticleValue.IsMatch(prefix))
        {
            return Ids(snapshot, snapshot.CitedKind, replace);
        }

        if (kind is not null && record is not null && KeyValue.Match(prefix) is { Success: true } keyValue
            && YamlText.KeyOn(line) is { } key && key.Column == record.KeyColumn && kind.IndexOf(key.Name) is var index and >= 0)
        {
            return Values(snapshot, kind.Fields[index], replace);
        }

        // A claim's rank (docs/fact-files.md §14).
        if (kind is not null && record is not null && KeyValue.Match(prefix) is { Success: true }
            && YamlText.KeyOn(line) is { Name: RankKey } rankKey
            && YamlText.Parents(text, position.Line, record, rankKey.Column) is [(_, { Name: ClaimsKey }), ..])
        {
            return Model.ClaimRanks.Names.Select((r, i) => new CompletionItem(r, CompletionItemKind.EnumMember, "claim rank", MarkupContent.Markdown(Markdown.Escape(RankDocs[i])), new TextEdit(replace, r), Sort(i)));
        }

        if (kind is not null && record is not null && ListItem.Match(prefix) is { Success: true } item
            && item.Groups["indent"].Length > YamlText.Indent(text.Line(record.Start))
            && YamlText.ParentKey(text, position.Line, record) is { } parent && parent.Column == record.KeyColumn && kind.IndexOf(parent.Name) is var parentIndex and >= 0)
        {
            return Values(snapshot, kind.Fields[parentIndex], replace);
        }

        if (KeyStart.Match(prefix) is { Success: true } keyStart)
        {
            if (keyStart.Groups["indent"].Length == 0 && !keyStart.Groups["dash"].Success)
            {
                return Sections(snapshot, replace);
            }

            if (kind is not null && record is not null)
            {
                var column = keyStart.Groups["indent"].Length + keyStart.Groups["dash"].Length;
                return YamlText.Parents(text, position.Line, record, column) switch
                {
                    [] => MissingFields(snapshot, text, kind, record, position.Line, replace),
                    [var (at, owner)] when owner.Name == KindDescriptor.InferredKey =>
                        Keys(kind.InferableFields.Except(YamlText.KeysAt(text, at, column, position.Line, item: false)), "a field the editor inferred", name => name + ": \"\"", replace),
                    [var (_, owner)] when kind.IndexOf(owner.Name) is var f and >= 0 && kind.Fields[f].IsDisputable =>
                        Keys(new[] { ClaimsKey }, "the values the sources give, when they disagree", name => name + ":", replace),
                    [var (at, claims), var (_, owner)] when claims.Name == ClaimsKey && kind.IndexOf(owner.Name) >= 0 =>
                        Keys(ClaimKeys.Except(YamlText.KeysAt(text, at, column, position.Line, item: true)), "a claim's key", name => name + ": ", replace),
                    [var (_, inferred), var (_, claims), var (_, owner)] when inferred.Name == KindDescriptor.InferredKey && claims.Name == ClaimsKey && kind.IndexOf(owner.Name) >= 0 =>
                        Keys(new[] { owner.Name }, "the claim's field, if the editor inferred its value", name => name + ": \"\"", replace),
                    _ => MissingFields(snapshot, text, kind, record, position.Line, replace),
                };
            }
        }

        return Enumerable.Empty<CompletionItem>();
    }

    private static IEnumerable<CompletionItem> Values(FactBaseSnapshot snapshot, FieldDescriptor field, Range replace)
    {
        if (snapshot.TargetOf(field) is { } target)
        {
            return Ids(snapshot, target, replace);
        }

        if (field.Type == ValueType.Enum && field.Enum is { } values)
        {
            return values.Members.Select((m, i) => new CompletionItem(m.Yaml, CompletionItemKind.EnumMember, values.Noun, MarkupContent.Markdown(Markdown.Escape(m.Doc)), new TextEdit(replace, m.Yaml), Sort(i)));
        }

        return Enumerable.Empty<CompletionItem>();
    }

    private static IEnumerable<CompletionItem> Ids(FactBaseSnapshot snapshot, KindDescriptor kind, Range replace) =>
        snapshot.RecordsOf(kind)
            .OrderBy(p => p.Record.Id, System.StringComparer.Ordinal)
            .Select((p, i) => new CompletionItem(
                p.Record.Id,
                CompletionItemKind.Reference,
                snapshot.Summarize(p.Record),
                MarkupContent.Markdown(FactDescriptions.Record(snapshot, kind, p.Record)),
                new TextEdit(replace, p.Record.Id),
                Sort(i)));

    private const string ClaimsKey = "claims";

    private const string RankKey = "rank";

    /// <summary>A claim's keys (docs/fact-files.md §14), in the order they are usually written.</summary>
    private static readonly string[] ClaimKeys = { "value", "sources", RankKey, "note", KindDescriptor.InferredKey };

    private static readonly string[] RankDocs =
    {
        "The default: one of the values the sources give.",
        "The best value: the field's value. At most one claim is preferred.",
        "Known to be wrong or out of date: kept, never the best value.",
    };

    private static IEnumerable<CompletionItem> Keys(IEnumerable<string> names, string detail, System.Func<string, string> insert, Range replace) =>
        names.Select((name, i) => new CompletionItem(name, CompletionItemKind.Field, detail, MarkupContent.Markdown(Markdown.Escape(detail)), new TextEdit(replace, insert(name)), Sort(i)));

    private static IEnumerable<CompletionItem> MissingFields(FactBaseSnapshot snapshot, DocumentText text, KindDescriptor kind, YamlText.RecordLines record, int line, Range replace)
    {
        var present = new HashSet<string>(YamlText.KeysOf(text, record).Where(k => k.Line != line).Select(k => k.Key.Name), System.StringComparer.Ordinal);
        var fields = kind.Fields
            .Select((f, i) => (Field: f, Index: i))
            .Where(f => !present.Contains(f.Field.Name))
            .Select(f => new CompletionItem(
                f.Field.Name,
                CompletionItemKind.Field,
                FactDescriptions.TypeOf(snapshot, f.Field) + (f.Field.IsRequired ? ", required" : string.Empty),
                MarkupContent.Markdown(FactDescriptions.Field(snapshot, f.Field)),
                new TextEdit(replace, f.Field.Name + ": "),
                Sort(f.Index)));

        // Last: the fields whose values no quote states, with the editor's reasons (docs/fact-files.md §13).
        const string Inferred = "the fields the editor inferred, each with the reason";
        return present.Contains(KindDescriptor.InferredKey)
            ? fields
            : fields.Append(new CompletionItem(KindDescriptor.InferredKey, CompletionItemKind.Field, Inferred, MarkupContent.Markdown(Markdown.Escape(Inferred)), new TextEdit(replace, KindDescriptor.InferredKey + ":"), Sort(kind.Fields.Count)));
    }

    private static IEnumerable<CompletionItem> Sections(FactBaseSnapshot snapshot, Range replace) =>
        snapshot.Kinds.Select((k, i) => new CompletionItem(k.Section, CompletionItemKind.Module, k.RecordName + " records", MarkupContent.Markdown(FactDescriptions.Kind(k)), new TextEdit(replace, k.Section + ":"), Sort(i)));

    /// <summary>The word being typed (letters, digits, hyphens) around the cursor: what an item replaces.</summary>
    private static Range TokenRange(string line, Position position)
    {
        static bool IsWord(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_';
        var start = position.Character;
        while (start > 0 && IsWord(line[start - 1]))
        {
            start--;
        }

        var end = position.Character;
        while (end < line.Length && IsWord(line[end]))
        {
            end++;
        }

        return new Range(new Position(position.Line, start), new Position(position.Line, end));
    }

    private static string Sort(int index) => index.ToString("D4", CultureInfo.InvariantCulture);
}

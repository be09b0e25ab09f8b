using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Threading;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace FactsGen.Yaml;

/// <summary>What stopped a read: malformed YAML (FG0001) or a limit (FG0015).</summary>
public sealed record YamlProblem(bool IsLimit, string Message, Mark Start, Mark End);

/// <summary>The documents of one file, complete up to <see cref="Problem"/> if there was one.</summary>
public sealed record YamlReadResult(IReadOnlyList<YamlDocument> Documents, YamlProblem? Problem)
{
    /// <summary>The nodes YamlDotNet's path built (an alias adds none: it shares its anchor's node); tests count the reader's work with it.</summary>
    public long NodesBuilt { get; init; }
}

/// <summary>
/// Builds <see cref="YamlNode"/> trees from YamlDotNet's event parser, iteratively, within
/// <see cref="YamlLimits"/>. Working from events (not the representation model) keeps every
/// node's position, sees duplicate keys, and lets us bound aliases before anything expands them.
/// </summary>
public static class YamlTreeReader
{
    /// <summary>
    /// Reads a file: through <see cref="FastYamlReader"/> when the file keeps to the plain subset
    /// fact files are written in, else (and for every error) through YamlDotNet's parser.
    /// </summary>
    public static YamlReadResult Read(string text, YamlLimits limits, CancellationToken cancellationToken) =>
        FastYamlReader.TryRead(text, limits, cancellationToken) ?? ReadWithYamlDotNet(text, limits, cancellationToken);

    /// <summary>Reads a file through YamlDotNet's event parser: any YAML, and every error's message.</summary>
    internal static YamlReadResult ReadWithYamlDotNet(string text, YamlLimits limits, CancellationToken cancellationToken)
    {
        var documents = new List<YamlDocument>();
        if (text.Length > limits.MaxFileChars)
        {
            return new YamlReadResult(documents, TooLarge(text.Length, limits));
        }

        var builder = new Builder(limits, text);
        var scanner = new Scanner(new StringReader(WithoutLoneCarriageReturns(text)), skipComments: true);
        var parser = new Parser(scanner);
        var events = 0;
        YamlProblem? failure = null;
        try
        {
            while (Next(parser, scanner, out failure))
            {
                if ((++events & 0xFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                var problem = builder.Accept(parser.Current!, documents);
                if (problem is not null)
                {
                    builder.Abandon(documents);
                    return new YamlReadResult(documents, problem);
                }
            }
        }
        catch (YamlException ex)
        {
            builder.Abandon(documents);
            return new YamlReadResult(documents, AtTheTab(ex, scanner.CurrentPosition, text) ?? new YamlProblem(false, Describe(ex), ex.Start, ex.End));
        }

        if (failure is not null)
        {
            builder.Abandon(documents);
            return new YamlReadResult(documents, failure);
        }

        return new YamlReadResult(documents, null) { NodesBuilt = builder.NodesBuilt };
    }

    /// <summary>
    /// The next event. YamlDotNet reports malformed YAML as <see cref="YamlException"/>, but some
    /// inputs make it throw other exceptions (found by fuzzing); those are malformed YAML too
    /// (FG0001 where the scanner stopped), never an internal fault. Cancellation passes through.
    /// </summary>
    private static bool Next(Parser parser, Scanner scanner, out YamlProblem? failure)
    {
        failure = null;
        try
        {
            return parser.MoveNext();
        }
        catch (System.Exception ex) when (ex is not YamlException and not System.OperationCanceledException)
        {
            var at = scanner.CurrentPosition;
            failure = new YamlProblem(false, "the YAML cannot be read from here on; check the quoting, indentation and line breaks", at, at);
            return false;
        }
    }

    /// <summary>
    /// A tab in indentation, located at the tab. YamlDotNet marks the file's start ("invalid tab as
    /// indentation", in a list) or the value on the line before ("a tab character that violate
    /// indentation", before a key); its scanner, though, has stopped on the tab. Null for other
    /// errors, or when the scanner is not on a tab (then YamlDotNet's marks are all there is).
    /// </summary>
    private static YamlProblem? AtTheTab(YamlException ex, Mark stop, string text)
    {
        var at = (int)stop.Index;
        if (ex.Message.IndexOf("tab", System.StringComparison.OrdinalIgnoreCase) < 0 || at < 0 || at >= text.Length || text[at] != '\t')
        {
            return null;
        }

        var end = at;
        while (end < text.Length && text[end] == '\t')
        {
            end++;
        }

        return new YamlProblem(false, Describe(ex), stop, new Mark(end, stop.Line, stop.Column + (end - at)));
    }

    /// <summary>
    /// A lone CR ends a line (YAML, editors and Roslyn agree), but YamlDotNet's plain-scalar scanner
    /// throws on it (found by fuzzing). Replacing each lone CR with LF keeps every index, line and
    /// column as they were, and YAML folds either the same way.
    /// </summary>
    private static string WithoutLoneCarriageReturns(string text)
    {
        var at = text.IndexOf('\r');
        if (at < 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var i = at; i < chars.Length; i++)
        {
            if (chars[i] == '\r' && (i + 1 == chars.Length || chars[i + 1] != '\n'))
            {
                chars[i] = '\n';
            }
        }

        return new string(chars);
    }

    /// <summary>A file over the size limit (FG0015 at its start), refused before anything reads it.</summary>
    public static YamlProblem TooLarge(int length, YamlLimits limits) =>
        new(true, string.Format(CultureInfo.InvariantCulture, "the file has {0:N0} characters, more than the limit of {1:N0}", length, limits.MaxFileChars), new Mark(0, 1, 1), new Mark(0, 1, 1));

    /// <summary>YamlDotNet's message without its "(Line: …) - (Line: …): " prefix (the diagnostic has the place).</summary>
    private static string Describe(YamlException ex)
    {
        var message = ex.Message;
        var cut = message.IndexOf("): ", System.StringComparison.Ordinal);
        if (message.StartsWith("(Line:", System.StringComparison.Ordinal) && cut >= 0)
        {
            message = message.Substring(cut + 3);
        }

        message = message.TrimEnd('.');
        return message + "; " + Fix(message);
    }

    /// <summary>What to do about a YamlDotNet syntax error, in the editor's terms (FG0001 says what is wrong and how to fix it).</summary>
    private static string Fix(string message)
    {
        bool Has(string part) => message.IndexOf(part, System.StringComparison.OrdinalIgnoreCase) >= 0;

        if (Has("tab")) return "indent with spaces, not tabs";
        if (Has("quoted scalar") && Has("end of stream")) return "close the quoted value with its quote mark";
        if (Has("quoted scalar")) return "check the quoted value: close its quote mark, and escape \\ and \" inside double quotes";
        if (Has("invalid mapping") || Has("keys are not allowed")) return "a value holds ': ' unquoted: put the value in quotes";
        if (Has("flow mapping")) return "close the mapping with '}' and separate its entries with ','; quote values that hold ',', '[', ']', '{' or '}'";
        if (Has("flow sequence")) return "close the list with ']' and separate its items with ','; quote values that hold ',', '[', ']', '{' or '}'";
        if (Has("block collection") || Has("'-' indicator")) return "line up the list's items: each '- ' at the same indentation";
        if (Has("block mapping") || Has("expected key")) return "line up the keys of this mapping at the same indentation, and quote values that hold ': ' or ' #'";
        if (Has("document end") || Has("document start")) return "check the indentation of this line: it does not belong to the mapping above it (a new document starts with '---')";
        if (Has("anchor or alias")) return "write anchor and alias names with letters, digits, '-' and '_' only, right after '&' or '*'";
        if (Has("tag")) return "remove the tag (fact files do not use YAML tags) or quote the value";
        if (Has("cannot start any token") || Has("node content")) return "a value is missing here or starts with a character YAML reserves ('@', '`', '%', '!', '&', '*', '|', '>'): write the value, in quotes";
        if (Has("simple key")) return "follow each key with ': ', and quote values that hold ': '";
        if (Has("block scalar")) return "after '|' or '>' only an indentation number or '+'/'-' may follow on that line; put the text on the next lines, indented";
        if (Has("directive")) return "remove the '%' line, or quote a value that starts with '%'";
        return "check the indentation and quoting here";
    }

    private sealed class Builder
    {
        private readonly YamlLimits _limits;
        private readonly string _text;
        private readonly Stack<Frame> _open = new();
        private readonly Dictionary<string, YamlNode> _anchors = new();
        private readonly HashSet<string> _openAnchors = new();
        private YamlNode? _root;
        private bool _inDocument;
        private long _nodes;
        private long _aliasExpansion;

        public long NodesBuilt => _nodes;

        public Builder(YamlLimits limits, string text)
        {
            _limits = limits;
            _text = text;
        }

        public YamlProblem? Accept(ParsingEvent e, List<YamlDocument> documents)
        {
            switch (e)
            {
                case DocumentStart:
                    _root = null;
                    _inDocument = true;
                    _anchors.Clear();
                    return null;
                case DocumentEnd:
                    documents.Add(new YamlDocument(_root));
                    _inDocument = false;
                    return null;
                case Scalar s:
                    if (s.Value.Length > _limits.MaxScalarChars)
                    {
                        return Limit(string.Format(CultureInfo.InvariantCulture, "a value of {0:N0} characters, more than the limit of {1:N0}", s.Value.Length, _limits.MaxScalarChars), e);
                    }

                    var scalar = new YamlScalar(s.Value, s.Style, s.Start, s.End);
                    if (!s.Anchor.IsEmpty)
                    {
                        _anchors[s.Anchor.Value] = scalar;
                    }

                    return Add(scalar, e);
                case SequenceStart or MappingStart:
                    if (_open.Count >= _limits.MaxDepth)
                    {
                        return Limit(string.Format(CultureInfo.InvariantCulture, "nesting deeper than {0} levels", _limits.MaxDepth), e);
                    }

                    YamlNode container = e is MappingStart ? new YamlMapping(e.Start, e.End) : new YamlSequence(e.Start, e.End);
                    var anchor = ((NodeEvent)e).Anchor;
                    _open.Push(new Frame(container, anchor.IsEmpty ? null : anchor.Value));
                    if (!anchor.IsEmpty)
                    {
                        _openAnchors.Add(anchor.Value);
                    }

                    return Count(e);
                case SequenceEnd or MappingEnd:
                    var frame = _open.Pop();
                    frame.Node.End = EndOf(frame.Node, e);
                    if (frame.Anchor is not null)
                    {
                        _openAnchors.Remove(frame.Anchor);
                        _anchors[frame.Anchor] = frame.Node;
                    }

                    return Attach(frame.Node);
                case AnchorAlias alias:
                    if (_openAnchors.Contains(alias.Value.Value))
                    {
                        return Limit($"the alias *{alias.Value.Value} refers to a node that contains it (a recursive structure)", e);
                    }

                    if (!_anchors.TryGetValue(alias.Value.Value, out var target))
                    {
                        return new YamlProblem(false, $"the alias *{alias.Value.Value} refers to no anchor defined before it in this document; define '&{alias.Value.Value}' on a node above it, or quote the value if '*' is meant as text", e.Start, e.End);
                    }

                    _aliasExpansion += target.ExpandedSize;
                    if (_aliasExpansion > _limits.MaxAliasExpansion)
                    {
                        return Limit(string.Format(CultureInfo.InvariantCulture, "aliases that expand to more than {0:N0} nodes", _limits.MaxAliasExpansion), e);
                    }

                    // A scalar used through an alias is located at the alias (where it is used, so
                    // where it is wrong); a collection stays one shared node.
                    return Attach(target is YamlScalar aliased ? new YamlScalar(aliased.Value, aliased.Style, e.Start, e.End) : target);
                default:
                    return null;
            }
        }

        /// <summary>After an error, keeps what was read: open nodes are attached and marked incomplete.</summary>
        public void Abandon(List<YamlDocument> documents)
        {
            while (_open.Count > 0)
            {
                var frame = _open.Pop();
                frame.Node.IsComplete = false;
                Attach(frame.Node);
            }

            if (_inDocument && _root is not null)
            {
                _root.IsComplete = false;
                documents.Add(new YamlDocument(_root));
            }
        }

        private YamlProblem? Add(YamlNode node, ParsingEvent e) => Count(e) ?? Attach(node);

        private YamlProblem? Count(ParsingEvent e) =>
            ++_nodes > _limits.MaxNodes
                ? Limit(string.Format(CultureInfo.InvariantCulture, "more than {0:N0} YAML nodes", _limits.MaxNodes), e)
                : null;

        private YamlProblem? Attach(YamlNode node)
        {
            if (_open.Count == 0)
            {
                _root = node;
                return null;
            }

            var parent = _open.Peek();
            parent.Node.ExpandedSize += node.ExpandedSize;
            switch (parent.Node)
            {
                case YamlSequence sequence:
                    sequence.Items.Add(node);
                    break;
                case YamlMapping mapping when parent.PendingKey is null:
                    parent.PendingKey = node;
                    break;
                case YamlMapping mapping:
                    mapping.Entries.Add(new KeyValuePair<YamlNode, YamlNode>(parent.PendingKey!, node));
                    parent.PendingKey = null;
                    break;
            }

            return null;
        }

        /// <summary>
        /// Where a collection ends, so its span is the node and nothing more: YamlDotNet's end event
        /// sits at the closing bracket (not after it) of a flow collection, and at the next token
        /// (past line breaks and indentation) of a block one, which then ends where its last child does.
        /// </summary>
        private Mark EndOf(YamlNode node, ParsingEvent end)
        {
            var at = end.Start.Index;
            if (at >= 0 && at < _text.Length && _text[(int)at] is ']' or '}')
            {
                return new Mark(at + 1, end.Start.Line, end.Start.Column + 1);
            }

            var last = node switch
            {
                YamlSequence { Items.Count: > 0 } sequence => sequence.Items[sequence.Items.Count - 1],
                YamlMapping { Entries.Count: > 0 } mapping => mapping.Entries[mapping.Entries.Count - 1].Value,
                _ => null,
            };

            // An alias child is the anchored node, which may sit anywhere before: then keep the end event's place.
            return last is not null && last.End.Index > node.Start.Index && last.End.Index <= end.End.Index ? last.End : end.End;
        }

        private static YamlProblem Limit(string what, ParsingEvent e) => new(true, what, e.Start, e.End);

        private sealed class Frame
        {
            public Frame(YamlNode node, string? anchor)
            {
                Node = node;
                Anchor = anchor;
            }

            public YamlNode Node { get; }

            public string? Anchor { get; }

            public YamlNode? PendingKey { get; set; }
        }
    }
}

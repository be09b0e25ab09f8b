using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Threading;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace FactsGen.Yaml;

/// <summary>What stopped a read: malformed YAML (FG0001) or a limit (FG0015).</summary>
internal sealed record YamlProblem(bool IsLimit, string Message, Mark Start, Mark End);

/// <summary>The documents of one file, complete up to <see cref="Problem"/> if there was one.</summary>
internal sealed record YamlReadResult(IReadOnlyList<YamlDocument> Documents, YamlProblem? Problem);

/// <summary>
/// Builds <see cref="YamlNode"/> trees from YamlDotNet's event parser, iteratively, within
/// <see cref="YamlLimits"/>. Working from events (not the representation model) keeps every
/// node's position, sees duplicate keys, and lets us bound aliases before anything expands them.
/// </summary>
internal static class YamlTreeReader
{
    public static YamlReadResult Read(string text, YamlLimits limits, CancellationToken cancellationToken)
    {
        var documents = new List<YamlDocument>();
        if (text.Length > limits.MaxFileChars)
        {
            var message = string.Format(CultureInfo.InvariantCulture, "the file has {0:N0} characters, more than the limit of {1:N0}", text.Length, limits.MaxFileChars);
            return new YamlReadResult(documents, new YamlProblem(true, message, new Mark(0, 1, 1), new Mark(0, 1, 1)));
        }

        var builder = new Builder(limits);
        var parser = new Parser(new Scanner(new StringReader(text), skipComments: true));
        var events = 0;
        try
        {
            while (parser.MoveNext())
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
            return new YamlReadResult(documents, new YamlProblem(false, Describe(ex), ex.Start, ex.End));
        }

        return new YamlReadResult(documents, null);
    }

    /// <summary>YamlDotNet's message without its "(Line: …) - (Line: …): " prefix (the diagnostic has the place).</summary>
    private static string Describe(YamlException ex)
    {
        var message = ex.Message;
        var cut = message.IndexOf("): ", System.StringComparison.Ordinal);
        if (message.StartsWith("(Line:", System.StringComparison.Ordinal) && cut >= 0)
        {
            message = message.Substring(cut + 3);
        }

        return message.TrimEnd('.');
    }

    private sealed class Builder
    {
        private readonly YamlLimits _limits;
        private readonly Stack<Frame> _open = new();
        private readonly Dictionary<string, YamlNode> _anchors = new();
        private readonly HashSet<string> _openAnchors = new();
        private YamlNode? _root;
        private bool _inDocument;
        private long _nodes;
        private long _aliasExpansion;

        public Builder(YamlLimits limits) => _limits = limits;

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
                    frame.Node.End = e.End;
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
                        return new YamlProblem(false, $"the alias *{alias.Value.Value} refers to no anchor defined before it in this document", e.Start, e.End);
                    }

                    _aliasExpansion += target.ExpandedSize;
                    if (_aliasExpansion > _limits.MaxAliasExpansion)
                    {
                        return Limit(string.Format(CultureInfo.InvariantCulture, "aliases that expand to more than {0:N0} nodes", _limits.MaxAliasExpansion), e);
                    }

                    return Attach(target);
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

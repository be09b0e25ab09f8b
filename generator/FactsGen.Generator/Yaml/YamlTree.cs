using System.Collections.Generic;
using YamlDotNet.Core;

namespace FactsGen.Yaml;

/// <summary>
/// A YAML node with its position. Transient: the parser walks these and keeps only
/// <see cref="Model.LocationInfo"/> in models. An alias is the anchored node itself (a DAG),
/// whose expansion <see cref="YamlTreeReader"/> has bounded.
/// </summary>
public abstract class YamlNode
{
    // Positions are kept as ints, not as YamlDotNet's Marks (three longs each): a cold build holds
    // a node per key and value of every record, and their size was a large share of its allocations.
    // A text is at most YamlLimits.MaxFileChars long, so its positions fit.
    private readonly int _startIndex;
    private readonly int _startLine;
    private readonly int _startColumn;
    private int _endIndex;
    private int _endLine;
    private int _endColumn;

    protected YamlNode(Mark start, Mark end)
    {
        (_startIndex, _startLine, _startColumn) = ((int)start.Index, (int)start.Line, (int)start.Column);
        End = end;
    }

    public Mark Start => new(_startIndex, _startLine, _startColumn);

    public Mark End
    {
        get => new(_endIndex, _endLine, _endColumn);
        internal set => (_endIndex, _endLine, _endColumn) = ((int)value.Index, (int)value.Line, (int)value.Column);
    }

    /// <summary>False when a syntax error cut the node short: its content is not trusted.</summary>
    public bool IsComplete { get; internal set; } = true;

    /// <summary>
    /// The node count an alias to this node would add, itself included: 1 for a scalar. Only
    /// collections store it (children add to it), so the many scalars stay smaller.
    /// </summary>
    internal virtual long ExpandedSize
    {
        get => 1;
        set => throw new System.InvalidOperationException("A scalar has no children to count.");
    }

    /// <summary>What the node is, in messages: "a mapping", "a list", "the text 'x'".</summary>
    public abstract string Describe();
}

public sealed class YamlScalar : YamlNode
{
    public YamlScalar(string value, ScalarStyle style, Mark start, Mark end)
        : base(start, end)
    {
        Value = value;
        Style = style;
    }

    public string Value { get; }

    public ScalarStyle Style { get; }

    /// <summary>A plain <c>~</c>, <c>null</c> or nothing at all: YAML's null.</summary>
    public bool IsNull => Style == ScalarStyle.Plain && Value is "" or "~" or "null" or "Null" or "NULL";

    public override string Describe() => IsNull ? "an empty value" : $"the text '{Value}'";
}

public sealed class YamlMapping : YamlNode
{
    public YamlMapping(Mark start, Mark end)
        : base(start, end) => Entries = new();

    /// <summary>A mapping whose entries are known: the list is made to size.</summary>
    internal YamlMapping(Mark start, Mark end, List<KeyValuePair<YamlNode, YamlNode>> entries)
        : base(start, end) => Entries = new(entries);

    /// <summary>Keys in document order, duplicates included (the parser reports them).</summary>
    public List<KeyValuePair<YamlNode, YamlNode>> Entries { get; }

    internal override long ExpandedSize { get; set; } = 1;

    public override string Describe() => "a mapping (key: value pairs)";
}

public sealed class YamlSequence : YamlNode
{
    public YamlSequence(Mark start, Mark end)
        : base(start, end) => Items = new();

    /// <summary>A sequence whose items are known: the list is made to size.</summary>
    internal YamlSequence(Mark start, Mark end, List<YamlNode> items)
        : base(start, end) => Items = new(items);

    public List<YamlNode> Items { get; }

    internal override long ExpandedSize { get; set; } = 1;

    public override string Describe() => "a list";
}

/// <summary>One YAML document of a file; <see cref="Root"/> is null for an empty document.</summary>
public sealed class YamlDocument
{
    public YamlDocument(YamlNode? root) => Root = root;

    public YamlNode? Root { get; }
}

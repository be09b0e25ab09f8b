using System.Linq;
using FactsGen.LanguageServer.Engine;
using FactsGen.Model;
using FactsGen.Schema;
using ValueType = FactsGen.Schema.ValueType;

namespace FactsGen.LanguageServer.Features;

/// <summary>What sits at a place in a fact file, as the engine parsed it (or, for keys, as the lines show it).</summary>
internal abstract record FactAt(FactFileEntry File)
{
    /// <summary>The place to underline or replace: start offset and length.</summary>
    public abstract (int Start, int Length) Span { get; }

    /// <summary>Finds what is at <paramref name="offset"/> of a fact file of the snapshot; null for nothing known.</summary>
    public static FactAt? Find(FactBaseSnapshot snapshot, string path, int offset)
    {
        if (!snapshot.FactFiles.TryGetValue(path, out var file))
        {
            return null;
        }

        foreach (var record in file.Parsed.Records)
        {
            var kind = snapshot.KindOf(record);
            if (Contains(record.IdLocation, offset))
            {
                return new IdAt(file, record, kind);
            }

            for (var i = 0; i < kind.Fields.Count && i < record.Fields.Count; i++)
            {
                if (record.Fields[i] is not { } value)
                {
                    continue;
                }

                var field = kind.Fields[i];
                foreach (var citation in value.Citations)
                {
                    var at = new CitationAt(file, record, citation);
                    if (at.Span.Start <= offset && offset <= at.Span.Start + at.Span.Length)
                    {
                        return at;
                    }
                }

                // A claim's citations and values; its value before the field's, which is the best claim's own node.
                for (var c = 0; c < value.Claims.Count; c++)
                {
                    var claim = value.Claims[c];
                    foreach (var citation in claim.Sources)
                    {
                        var at = new CitationAt(file, record, citation);
                        if (at.Span.Start <= offset && offset <= at.Span.Start + at.Span.Length)
                        {
                            return at;
                        }
                    }

                    foreach (var item in claim.Value)
                    {
                        if (Contains(item.Location, offset))
                        {
                            return snapshot.TargetOf(field) is { } claimTarget
                                ? new ReferenceAt(file, record, field, item, claimTarget)
                                : new ClaimAt(file, record, field, claim, c + 1, item);
                        }
                    }
                }

                foreach (var item in value.Items)
                {
                    if (!Contains(item.Location, offset))
                    {
                        continue;
                    }

                    if (snapshot.TargetOf(field) is { } target)
                    {
                        return new ReferenceAt(file, record, field, item, target);
                    }

                    return field.Type == ValueType.Path ? new FilePathAt(file, record, item) : new ValueAt(file, record, field, item);
                }
            }
        }

        return KeyAt.Find(snapshot, file, offset);
    }

    private static bool Contains(LocationInfo location, int offset) => location.Start <= offset && offset <= location.Start + location.Length;
}

/// <summary>A record's own <c>id</c> value.</summary>
internal sealed record IdAt(FactFileEntry File, FactRecord Record, KindDescriptor Kind) : FactAt(File)
{
    public override (int Start, int Length) Span => (Record.IdLocation.Start, Record.IdLocation.Length);
}

/// <summary>A citation: any of its <c>article</c>, <c>line</c> or <c>quote</c>.</summary>
internal sealed record CitationAt(FactFileEntry File, FactRecord Record, CitationItem Citation) : FactAt(File)
{
    public override (int Start, int Length) Span
    {
        get
        {
            var parts = new[] { Citation.ArticleLocation, Citation.LineLocation, Citation.QuoteLocation };
            var start = parts.Min(l => l.Start);
            return (start, parts.Max(l => l.Start + l.Length) - start);
        }
    }
}

/// <summary>A reference to a record of <see cref="Target"/>: one item of a <c>ref</c> field.</summary>
internal sealed record ReferenceAt(FactFileEntry File, FactRecord Record, FieldDescriptor Field, ScalarItem Item, KindDescriptor Target) : FactAt(File)
{
    public override (int Start, int Length) Span => (Item.Location.Start, Item.Location.Length);
}

/// <summary>A file path value (an article's <c>file</c>).</summary>
internal sealed record FilePathAt(FactFileEntry File, FactRecord Record, ScalarItem Item) : FactAt(File)
{
    public override (int Start, int Length) Span => (Item.Location.Start, Item.Location.Length);
}

/// <summary>A claim's value (docs/fact-files.md §14): <see cref="Number"/> is its 1-based place among the field's claims.</summary>
internal sealed record ClaimAt(FactFileEntry File, FactRecord Record, FieldDescriptor Field, ClaimItem Claim, int Number, ScalarItem Item) : FactAt(File)
{
    public override (int Start, int Length) Span => (Item.Location.Start, Item.Location.Length);
}

/// <summary>Any other value of a field.</summary>
internal sealed record ValueAt(FactFileEntry File, FactRecord Record, FieldDescriptor Field, ScalarItem Item) : FactAt(File)
{
    public override (int Start, int Length) Span => (Item.Location.Start, Item.Location.Length);
}

/// <summary>A key: a record's field (<see cref="Field"/>) or, at the top level, a section (<see cref="Field"/> null).</summary>
internal sealed record KeyAt(FactFileEntry File, KindDescriptor Kind, FieldDescriptor? Field, int Start, int Length) : FactAt(File)
{
    public override (int Start, int Length) Span => (Start, Length);

    public static KeyAt? Find(FactBaseSnapshot snapshot, FactFileEntry file, int offset)
    {
        var text = file.Text;
        var position = text.PositionOf(offset);
        var line = text.Line(position.Line);
        if (YamlText.KeyOn(line) is not { } key || position.Character < key.Column || position.Character > key.Column + key.Name.Length)
        {
            return null;
        }

        var start = offset - position.Character + key.Column;
        var section = key.Column == 0 ? key.Name : YamlText.SectionOf(text, position.Line);
        if (section is null || snapshot.KindOfSection(section) is not { } kind)
        {
            return null;
        }

        if (key.Column == 0)
        {
            return new KeyAt(file, kind, null, start, key.Name.Length);
        }

        var record = YamlText.RecordOf(text, position.Line);
        var index = kind.IndexOf(key.Name);
        return record is not null && key.Column == record.KeyColumn && index >= 0
            ? new KeyAt(file, kind, kind.Fields[index], start, key.Name.Length)
            : null;
    }
}

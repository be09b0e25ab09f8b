using System.Collections.Generic;
using System.Text;
using FactsGen.Model;

namespace FactsGen.Schema;

/// <summary>
/// A kind's one-line summary template (<see cref="KindDescriptor.Summary"/>), parsed once into
/// literal text, fields (by index) and bracketed groups that are dropped when a field inside them
/// is absent. Names of fields the kind lacks are kept (index -1) so declarations can report them.
/// </summary>
public sealed record SummaryTemplate(EquatableArray<SummarySegment> Segments)
{
    public static SummaryTemplate Parse(string template, KindDescriptor kind)
    {
        var at = 0;
        return Parse(template, kind, ref at, topLevel: true);
    }

    /// <summary>The field names a template inserts, and whether its brackets and braces are balanced.</summary>
    public static IReadOnlyList<string> FieldNames(string template, out string? syntaxError)
    {
        var names = new List<string>();
        syntaxError = null;
        var depth = 0;
        for (var i = 0; i < template.Length; i++)
        {
            switch (template[i])
            {
                case '[':
                    depth++;
                    break;
                case ']':
                    if (--depth < 0)
                    {
                        syntaxError = $"']' at character {i + 1} closes no '['; remove it or write [ … ] around an optional part";
                        return names;
                    }

                    break;
                case '{':
                    var close = template.IndexOf('}', i);
                    if (close < 0)
                    {
                        syntaxError = $"'{{' at character {i + 1} is never closed; write {{field}}";
                        return names;
                    }

                    names.Add(template.Substring(i + 1, close - i - 1));
                    i = close;
                    break;
                case '}':
                    syntaxError = $"'}}' at character {i + 1} closes no '{{'; remove it or write {{field}}";
                    return names;
            }
        }

        if (depth > 0)
        {
            syntaxError = "a '[' is never closed; write [ … ] around an optional part";
        }

        return names;
    }

    private static SummaryTemplate Parse(string template, KindDescriptor kind, ref int i, bool topLevel)
    {
        var segments = new List<SummarySegment>();
        var literal = new StringBuilder();
        void Flush()
        {
            if (literal.Length > 0)
            {
                segments.Add(new SummarySegment(literal.ToString(), -1, null));
                literal.Clear();
            }
        }

        while (i < template.Length)
        {
            var c = template[i];
            if (c == ']' && !topLevel)
            {
                i++;
                break;
            }

            if (c == '[')
            {
                Flush();
                i++;
                segments.Add(new SummarySegment(null, -1, Parse(template, kind, ref i, topLevel: false)));
                continue;
            }

            var close = c == '{' ? template.IndexOf('}', i) : -1;
            if (close > i)
            {
                Flush();
                segments.Add(new SummarySegment(null, kind.IndexOf(template.Substring(i + 1, close - i - 1)), null));
                i = close + 1;
                continue;
            }

            literal.Append(c);
            i++;
        }

        Flush();
        return new SummaryTemplate(segments.ToEquatableArray());
    }
}

/// <summary>Literal text, a field (its index; -1 for none), or a bracketed group.</summary>
public sealed record SummarySegment(string? Literal, int Field, SummaryTemplate? Group);

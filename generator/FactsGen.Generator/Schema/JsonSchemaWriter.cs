using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using FactsGen.Values;

namespace FactsGen.Schema;

/// <summary>
/// Writes the JSON Schema (draft-07) of fact files from the kind descriptors, so editors (VS Code's
/// YAML extension, via a <c># yaml-language-server: $schema=./factsgen.schema.json</c> modeline)
/// complete and check what the generator checks. One source of truth: <see cref="FactKinds"/>.
/// </summary>
/// <remarks>
/// The schema describes a fact file as it comes through a YAML 1.2 (core schema) to JSON
/// conversion, as the YAML extension does it: plain <c>1500</c> and <c>2021</c> are numbers,
/// <c>~1000</c> and <c>2023-08-09</c> strings, an empty value null. It never rejects a file the
/// generator accepts; the generator checks more (references, quotes, calendar dates, duplicates).
/// </remarks>
internal static class JsonSchemaWriter
{
    /// <summary>The file name the schema is shipped and checked in under.</summary>
    public const string FileName = "factsgen.schema.json";

    /// <summary>The modeline that points a fact file in the schema's folder at it.</summary>
    public const string Modeline = "# yaml-language-server: $schema=./" + FileName;

    private const string SlugPattern = "^[a-z][a-z0-9]*(-[a-z0-9]+)*$";

    /// <summary>The schema as JSON text: two-space indents, LF line ends, a final newline, deterministic.</summary>
    public static string Write()
    {
        var sb = new StringBuilder();
        WriteValue(sb, Build(), 0);
        sb.Append('\n');
        return sb.ToString();
    }

    private static Obj Build()
    {
        var sections = new Obj();
        foreach (var kind in FactKinds.All)
        {
            sections.Add(kind.Section, new Obj
            {
                { "description", $"{kind.Doc} A list of {kind.Noun} records, each starting with '- id: …'." },
                { "type", new object[] { "array", "null" } },
                { "items", Ref(kind.Noun) },
            });
        }

        var definitions = new Obj();
        foreach (var kind in FactKinds.All)
        {
            definitions.Add(kind.Noun, Record(kind));
        }

        definitions.Add("citation", Citation());
        definitions.Add("slug", new Obj
        {
            { "description", "An id: lower-case words of letters and digits joined by single hyphens, starting with a letter (e.g. wagner-mali-2021)." },
            { "type", "string" },
            { "pattern", SlugPattern },
        });
        definitions.Add("country", new Obj
        {
            { "description", "An ISO 3166-1 alpha-2 country code, upper case (e.g. NE, US, RU)." },
            { "type", "string" },
            { "enum", CountryCodes.All.OrderBy(c => c, System.StringComparer.Ordinal).Cast<object>().ToArray() },
        });
        foreach (var e in FactKinds.Enums)
        {
            definitions.Add(EnumName(e), new Obj
            {
                { "description", e.Doc },
                { "type", "string" },
                { "enum", e.Members.Select(m => (object)m.Yaml).ToArray() },
                { "enumDescriptions", e.Members.Select(m => (object)m.Doc).ToArray() },
            });
        }

        return new Obj
        {
            { "$schema", "http://json-schema.org/draft-07/schema#" },
            { "$comment", "Generated from the kind descriptors (generator/FactsGen.Generator/Schema/FactKinds.cs) by JsonSchemaWriter; do not edit. Regenerate: dotnet run --project generator/FactsGen.Cli -- schema --output facts/factsgen.schema.json" },
            { "title", "FactsGen fact file (format v1)" },
            { "description", $"A YAML document of FactsGen facts: a mapping whose keys are sections ({string.Join(", ", FactKinds.All.Select(k => k.Section))}). Start the file with '{Modeline}'. The generator checks more than this schema can: references, quotes against the cited article lines, calendar dates, duplicate ids and keys." },
            { "type", new object[] { "object", "null" } },
            { "properties", sections },
            { "additionalProperties", false },
            { "definitions", definitions },
        };
    }

    private static Obj Record(KindDescriptor kind)
    {
        var properties = new Obj();
        foreach (var field in kind.Fields)
        {
            properties.Add(field.Name, Field(field));
        }

        return new Obj
        {
            { "description", $"{kind.Doc} Each record becomes {(IsVowel(kind.RecordName[0]) ? "an" : "a")} {kind.RecordName}, a property of the generated {kind.CatalogName} catalog named from its id." },
            { "type", "object" },
            { "properties", properties },
            { "required", kind.Fields.Where(f => f.IsRequired).Select(f => (object)f.Name).ToArray() },
            { "additionalProperties", false },
        };
    }

    /// <summary>A field: its value type, a single value standing for a list of one, and null (absent) where optional.</summary>
    private static Obj Field(FieldDescriptor field)
    {
        var value = Value(field);
        var description = field.Doc + (field.IsRequired ? " Required." : string.Empty);
        if (!field.IsList && !field.IsRequired && value.TryGet("type", out var type))
        {
            // An optional scalar: the value's own schema, null allowed (an empty value is an absent field).
            var inline = new Obj { { "description", description } };
            foreach (var pair in value)
            {
                inline.Add(pair.Key, pair.Key == "type" ? Types(type).Concat(new object[] { "null" }).ToArray() : pair.Value);
            }

            AddDefault(inline, field);
            return inline;
        }

        var alternatives = new List<object> { value };
        if (field.IsList)
        {
            var list = new Obj { { "type", "array" }, { "items", value } };
            if (field.IsNonEmpty)
            {
                list.Add("minItems", 1);
            }

            alternatives.Add(list);
        }

        if (!field.IsRequired)
        {
            alternatives.Add(new Obj { { "type", "null" } });
        }

        var schema = new Obj { { "description", description } };
        if (alternatives.Count == 1 && !value.TryGet("$ref", out _))
        {
            foreach (var pair in value)
            {
                schema.Add(pair.Key, pair.Value);
            }
        }
        else
        {
            // allOf for one schema (a description beside a $ref is ignored in draft-07), anyOf for choices.
            schema.Add(alternatives.Count == 1 ? "allOf" : "anyOf", alternatives.ToArray());
        }

        AddDefault(schema, field);
        return schema;
    }

    private static void AddDefault(Obj schema, FieldDescriptor field)
    {
        if (field.Default is { } defaultValue)
        {
            schema.Add("default", defaultValue);
        }
    }

    private static IEnumerable<object> Types(object type) => type is object[] many ? many : new[] { type };

    /// <summary>One value of the field's type, as it arrives from YAML.</summary>
    private static Obj Value(FieldDescriptor field) => field.Type switch
    {
        ValueType.Id or ValueType.Reference => Ref("slug"),
        ValueType.Country => Ref("country"),
        ValueType.Enum => Ref(EnumName(field.Enum!)),
        ValueType.Citation => Ref("citation"),
        ValueType.Url => new Obj
        {
            { "type", "string" },
            { "pattern", "^[Hh][Tt][Tt][Pp][Ss]?://[^/?#\\s]" },
            { "examples", new object[] { "https://example.org/article" } },
        },
        ValueType.Date => new Obj
        {
            // A plain 2021 is a number in YAML 1.2; 2023-08 and 2023-08-09 are strings.
            { "type", new object[] { "string", "integer" } },
            { "pattern", "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$" },
            { "minimum", 1 },
            { "maximum", 9999 },
            { "examples", new object[] { "2023-08-09", "2023-08", 2021 } },
        },
        ValueType.Quantity => new Obj
        {
            // A plain 1500 is a number; ~1000, <=1000, 1000..2000, dozens are strings; ">=1000" must be quoted.
            { "type", new object[] { "string", "integer" } },
            { "pattern", "^(~|>=|<=)?[0-9]+$|^[0-9]+\\.\\.[0-9]+$|^(" + string.Join("|", QuantityValue.Magnitudes) + ")$" },
            { "minimum", 0 },
            { "maximum", int.MaxValue },
            { "examples", new object[] { 1500, "~1000", ">=1000", "<=1000", "1000..2000" }.Concat(QuantityValue.Magnitudes).ToArray() },
        },
        // String and Path: any non-empty scalar (YAML may read "2023" or "true" as a number or a boolean).
        _ => new Obj
        {
            { "type", new object[] { "string", "number", "boolean" } },
            { "pattern", "\\S" },
        },
    };

    private static Obj Citation() => new()
    {
        { "description", "Where a source states the fact: an article id, a 1-based line of that article, and words from that line (checked after normalizing white space, quotes and ellipses)." },
        { "type", "object" },
        {
            "properties", new Obj
            {
                { "article", new Obj { { "description", "The id of a declared article." }, { "allOf", new object[] { Ref("slug") } } } },
                { "line", new Obj { { "description", "The 1-based line of the article, as an editor numbers it." }, { "type", "integer" }, { "minimum", 1 }, { "maximum", int.MaxValue } } },
                { "quote", new Obj { { "description", "Words from that line: case, spelling and the source's own typos must match." }, { "type", new object[] { "string", "number", "boolean" } }, { "pattern", "\\S" } } },
            }
        },
        { "required", new object[] { "article", "line", "quote" } },
        { "additionalProperties", false },
    };

    private static Obj Ref(string definition) => new() { { "$ref", "#/definitions/" + definition } };

    private static bool IsVowel(char c) => "AEIOUaeiou".IndexOf(c) >= 0;

    /// <summary><c>ActorKind</c> → <c>actorKind</c>.</summary>
    private static string EnumName(EnumDescriptor e) => char.ToLowerInvariant(e.TypeName[0]) + e.TypeName.Substring(1);

    private static void WriteValue(StringBuilder sb, object? value, int indent)
    {
        switch (value)
        {
            case null:
                sb.Append("null");
                break;
            case bool b:
                sb.Append(b ? "true" : "false");
                break;
            case int i:
                sb.Append(i.ToString(CultureInfo.InvariantCulture));
                break;
            case string s:
                WriteString(sb, s);
                break;
            case Obj obj:
                WriteObject(sb, obj, indent);
                break;
            case object[] array:
                WriteArray(sb, array, indent);
                break;
            default:
                throw new System.ArgumentException("Unexpected JSON value " + value.GetType().Name);
        }
    }

    private static void WriteObject(StringBuilder sb, Obj obj, int indent)
    {
        if (obj.Count == 0)
        {
            sb.Append("{}");
            return;
        }

        if (obj.Count == 1 && obj[0].Value is string only)
        {
            // { "$ref": "…" } and { "type": "null" } read best on one line.
            sb.Append("{ ");
            WriteString(sb, obj[0].Key);
            sb.Append(": ");
            WriteString(sb, only);
            sb.Append(" }");
            return;
        }

        sb.Append("{\n");
        var first = true;
        foreach (var pair in obj)
        {
            if (!first) sb.Append(",\n");
            first = false;
            sb.Append(' ', (indent + 1) * 2);
            WriteString(sb, pair.Key);
            sb.Append(": ");
            WriteValue(sb, pair.Value, indent + 1);
        }

        sb.Append('\n').Append(' ', indent * 2).Append('}');
    }

    /// <summary>Short arrays of scalars on one line, others one item per line.</summary>
    private static void WriteArray(StringBuilder sb, object[] array, int indent)
    {
        var scalars = array.All(v => v is not Obj && v is not object[]);
        if (scalars)
        {
            var line = new StringBuilder();
            line.Append('[');
            for (var i = 0; i < array.Length; i++)
            {
                if (i > 0) line.Append(", ");
                WriteValue(line, array[i], 0);
            }

            line.Append(']');
            if (line.Length <= 100)
            {
                sb.Append(line);
                return;
            }

            var items = array.Select(v =>
            {
                var item = new StringBuilder();
                WriteValue(item, v, 0);
                return item.ToString();
            }).ToList();
            if (items.All(item => item.Length <= 12))
            {
                // Many short items (country codes): filled lines, not one code per line.
                sb.Append("[\n").Append(' ', (indent + 1) * 2);
                var width = (indent + 1) * 2;
                for (var i = 0; i < items.Count; i++)
                {
                    if (i > 0)
                    {
                        sb.Append(',');
                        width++;
                        if (width + 1 + items[i].Length > 100)
                        {
                            sb.Append('\n').Append(' ', (indent + 1) * 2);
                            width = (indent + 1) * 2;
                        }
                        else
                        {
                            sb.Append(' ');
                            width++;
                        }
                    }

                    sb.Append(items[i]);
                    width += items[i].Length;
                }

                sb.Append('\n').Append(' ', indent * 2).Append(']');
                return;
            }
        }

        sb.Append("[\n");
        for (var i = 0; i < array.Length; i++)
        {
            if (i > 0) sb.Append(",\n");
            sb.Append(' ', (indent + 1) * 2);
            WriteValue(sb, array[i], indent + 1);
        }

        sb.Append('\n').Append(' ', indent * 2).Append(']');
    }

    private static void WriteString(StringBuilder sb, string s)
    {
        sb.Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (c < ' ' || c == '\u2028' || c == '\u2029' || char.IsSurrogate(c))
                    {
                        sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        sb.Append('"');
    }

    /// <summary>A JSON object that keeps its keys in insertion order.</summary>
    private sealed class Obj : List<KeyValuePair<string, object>>
    {
        public void Add(string key, object value) => Add(new KeyValuePair<string, object>(key, value));

        public bool TryGet(string key, out object value)
        {
            foreach (var pair in this)
            {
                if (pair.Key == key)
                {
                    value = pair.Value;
                    return true;
                }
            }

            value = null!;
            return false;
        }
    }
}

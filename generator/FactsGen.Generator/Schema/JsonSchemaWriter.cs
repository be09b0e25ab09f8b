using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using FactsGen.Escaping;
using FactsGen.Values;

namespace FactsGen.Schema;

/// <summary>
/// Writes the JSON Schema (draft-07) of fact files from kind descriptors, so editors (VS Code's
/// YAML extension, via a <c># yaml-language-server: $schema=./factsgen.schema.json</c> modeline)
/// complete and check what the generator checks. It walks whatever kinds and enums it is given,
/// naming none, so a fact base's declared kinds can go through it as the built-in ones do.
/// </summary>
/// <remarks>
/// The schema describes a fact file as it comes through a YAML 1.2 (core schema) to JSON
/// conversion, as the YAML extension does it: plain <c>1500</c> and <c>2021</c> are numbers,
/// <c>~1000</c> and <c>2023-08-09</c> strings, an empty value null. It never rejects a file the
/// generator accepts; the generator checks more (references, quotes, calendar dates, duplicates).
/// Its shape follows what yaml-language-server does with it (tests/FactsGen.Editors.Tests drive
/// the real server): every field carries its own <c>type</c> (or an <c>anyOf</c>), else completion
/// inserts a bare key without <c>: </c>; a field's doc is the only <c>description</c> on its path,
/// else hover shows a shared definition's text; messages are sentences (<c>errorMessage</c>,
/// <c>patternErrorMessage</c>), not regexes; and an empty value is accepted without a
/// <c>null</c> type, which the server would offer as a completion.
/// </remarks>
internal static class JsonSchemaWriter
{
    /// <summary>The file name the schema is shipped and checked in under.</summary>
    public const string FileName = "factsgen.schema.json";

    /// <summary>The modeline that points a fact file in the schema's folder at it.</summary>
    public const string Modeline = "# yaml-language-server: $schema=./" + FileName;

    private const string SlugPattern = "^[a-z][a-z0-9]*(-[a-z0-9]+)*$";

    private const string SlugMessage = "Expected an id: lower-case words of letters and digits joined by single hyphens, starting with a letter (e.g. wagner-mali-2021).";

    private const string DateMessage = "Expected a date: YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2021, 2023-08, 2023-08-09), or an interval START/END with .. for an open end (e.g. 2023-07-31/2023-08-06, ../2023-08-08, 2023-07-26/..).";

    /// <summary>One date of year, month or day precision, unanchored: an end of an interval too.</summary>
    private const string OneDatePattern = "[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?";

    private const string UrlMessage = "Expected an absolute http(s) URL (e.g. https://example.org/article).";

    private const string TextMessage = "Expected some text.";

    /// <summary>The definition an empty (null) value meets: "no value" without naming <c>null</c> as a type.</summary>
    private const string Absent = "absent";

    private const string KindDeclaration = "kind declaration";

    private const string FieldDeclaration = "field declaration";

    private static Obj Text(string doc) => new() { { "description", doc }, { "type", "string" }, { "errorMessage", TextMessage } };

    private static Obj Flag(string doc) => new() { { "description", doc }, { "type", "boolean" } };

    /// <summary>A <c>kinds</c> record (docs/fact-files.md §6); what only the whole fact base can tell (FG0016) is left to the generator.</summary>
    private static Obj KindDeclarationSchema() => new()
    {
        { "title", "Kind" },
        { "type", "object" },
        {
            "properties", new Obj
            {
                { "id", new Obj { { "description", "The section of the kind's records, plural by convention: events, statements." }, { "type", "string" }, { "pattern", SlugPattern }, { "patternErrorMessage", SlugMessage } } },
                { "record", new Obj { { "description", "The C# record's name, e.g. Event: its catalog is the PascalCase of the id, its id type <record>Id." }, { "type", "string" }, { "pattern", "^[A-Z][A-Za-z0-9]*$" }, { "patternErrorMessage", "Expected a C# type name: a capital letter, then letters and digits (e.g. Event)." } } },
                { "doc", Text("One sentence: the record's and the catalog's doc summary.") },
                { "summary", Text("The fact's one-line English summary: {field} inserts a field, [ … ] is left out when a field inside it is absent. Default {id}.") },
                { "fields", new Obj { { "description", "The kind's fields, in the order of the record's properties (id and sources come with every kind)." }, { "type", "array" }, { "minItems", 1 }, { "items", Ref(FieldDeclaration) } } },
            }
        },
        { "required", new object[] { "id", "record", "fields" } },
        { "additionalProperties", false },
    };

    private static Obj FieldDeclarationSchema() => new()
    {
        { "title", "Field" },
        { "type", "object" },
        {
            "properties", new Obj
            {
                { "name", new Obj { { "description", "The YAML key; the property is its PascalCase. Not id or sources." }, { "type", "string" }, { "pattern", SlugPattern }, { "patternErrorMessage", SlugMessage } } },
                { "type", new Obj { { "description", "string, date, quantity, country, url, certainty, actor-kind, sanction-instrument, enum, or ref <section> (ref actors, ref events)." }, { "type", "string" }, { "pattern", "^(string|date|quantity|country|url|certainty|actor-kind|sanction-instrument|enum|ref [a-z][a-z0-9]*(-[a-z0-9]+)*)$" }, { "patternErrorMessage", "Expected a type: string, date, quantity, country, url, certainty, actor-kind, sanction-instrument, enum, or ref <section>." } } },
                { "values", new Obj { { "description", "enum only, required there: the allowed values." }, { "type", "array" }, { "items", new Obj { { "type", "string" }, { "pattern", SlugPattern }, { "patternErrorMessage", SlugMessage } } } } },
                { "list", Flag("true: a list of values (default false).") },
                { "required", Flag("true: the field must be given; a required list must be non-empty (default false).") },
                { "in-quote", Flag("true: each value must be in the record's quotes (a ref: the target's name or an alias; a quantity: its numbers; a string: itself), else FG0017. Default true for ref fields, false for the others.") },
                { "disputable", Flag("true: the field may hold 'claims:' instead of a value, when sources disagree (default false).") },
                { "default", Text("Enum types only: the value when the field is absent; one of the values.") },
                { "reverse", new Obj { { "description", "ref only: the property the target record gets, listing the records that refer to it (e.g. Events gives Actor.Events)." }, { "type", "string" }, { "pattern", "^[A-Z][A-Za-z0-9]*$" }, { "patternErrorMessage", "Expected a C# property name: a capital letter, then letters and digits (e.g. Events)." } } },
                { "doc", Text("The property's doc comment.") },
            }
        },
        { "required", new object[] { "name", "type" } },
        { "additionalProperties", false },
    };

    /// <summary>The schema as JSON text: two-space indents, LF line ends, a final newline, deterministic.</summary>
    /// <param name="kinds">The kinds whose sections a fact file may hold, in the order to list them.</param>
    /// <param name="enums">The enums the kinds' fields use, each written once as a definition.</param>
    public static string Write(IReadOnlyList<KindDescriptor> kinds, IReadOnlyList<EnumDescriptor> enums)
    {
        var sb = new StringBuilder();
        WriteValue(sb, Build(kinds, enums), 0);
        sb.Append('\n');
        return sb.ToString();
    }

    private static Obj Build(IReadOnlyList<KindDescriptor> kinds, IReadOnlyList<EnumDescriptor> enums)
    {
        var sections = new Obj();
        foreach (var kind in kinds)
        {
            sections.Add(kind.Section, new Obj
            {
                { "description", $"{kind.Doc} A list of {kind.Noun} records, each starting with '- id: …'." },
                // items beside the anyOf: completion then inserts "section:\n  - ", and items only constrains arrays.
                { "items", Ref(kind.Noun) },
                { "anyOf", new object[] { new Obj { { "type", "array" } }, Ref(Absent) } },
            });
        }

        sections.Add(FactKinds.KindsSection, new Obj
        {
            { "description", "Kinds this fact base declares (one record each): their records then live in the section named by the kind's id." },
            { "items", Ref(KindDeclaration) },
            { "anyOf", new object[] { new Obj { { "type", "array" } }, Ref(Absent) } },
        });

        var definitions = new Obj();
        foreach (var kind in kinds)
        {
            definitions.Add(kind.Noun, Record(kind));
        }

        definitions.Add(KindDeclaration, KindDeclarationSchema());
        definitions.Add(FieldDeclaration, FieldDeclarationSchema());

        // Definitions hold no description: a field's own doc is what hover shows (see remarks).
        definitions.Add("citation", Citation());
        definitions.Add("country", new Obj
        {
            { "$comment", "An ISO 3166-1 alpha-2 country code, upper case." },
            { "type", "string" },
            { "enum", CountryCodes.All.OrderBy(c => c, System.StringComparer.Ordinal).Cast<object>().ToArray() },
            { "errorMessage", "Expected an ISO 3166-1 alpha-2 country code in upper case (e.g. NE, US, RU)." },
        });
        foreach (var e in enums)
        {
            definitions.Add(EnumName(e), new Obj
            {
                { "$comment", e.Doc },
                { "type", "string" },
                { "enum", e.Members.Select(m => (object)m.Yaml).ToArray() },
                { "enumDescriptions", e.Members.Select(m => (object)m.Doc).ToArray() },
            });
        }

        definitions.Add(Absent, new Obj
        {
            { "$comment", "An empty value (null), which the generator reads as an absent field. Written as 'not any other type' rather than type null, which editors would offer as a completion." },
            { "not", new Obj { { "type", new object[] { "string", "number", "boolean", "object", "array" } } } },
        });

        return new Obj
        {
            { "$schema", "http://json-schema.org/draft-07/schema#" },
            { "$comment", "Generated from the kind descriptors (generator/FactsGen.Generator/Schema/FactKinds.cs) by JsonSchemaWriter; do not edit. Regenerate: dotnet run --project generator/FactsGen.Cli -- schema --output facts/factsgen.schema.json" },
            { "title", "FactsGen fact file (format v3)" },
            { "description", $"A YAML document of FactsGen facts: a mapping whose keys are sections ({string.Join(", ", kinds.Select(k => k.Section))}). Start the file with '{Modeline}'. The generator checks more than this schema can: references, quotes against the cited article lines, calendar dates, duplicate ids and keys." },
            // A null type here is harmless: the server offers values only under a key.
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

        properties.Add(KindDescriptor.InferredKey, Inferred(kind.InferableFields.ToArray(), "The fields whose values no quote states, each with the editor's reason: they are shown as the editor's inference and not support-checked."));

        return new Obj
        {
            // The title heads every hover inside the record ("Deployment", then the field's doc).
            { "title", kind.RecordName },
            { "description", $"{kind.Doc} Each record becomes {(IsVowel(kind.RecordName[0]) ? "an" : "a")} {kind.RecordName}, a property of the generated {kind.CatalogName} catalog named from its id." },
            { "type", "object" },
            { "properties", properties },
            { "required", kind.Fields.Where(f => f.IsRequired).Select(f => (object)f.Name).ToArray() },
            { "additionalProperties", false },
        };
    }

    /// <summary>
    /// A field: its value type, a single value standing for a list of one, and an empty value where
    /// optional. A lone value is written in place, so the field's schema has its own <c>type</c>.
    /// </summary>
    private static Obj Field(FieldDescriptor field)
    {
        var value = Value(field);
        var description = field.Doc + (field.IsRequired ? " Required." : string.Empty);
        var schema = new Obj { { "description", description } };
        var alternatives = new List<object> { value };
        if (field.IsList)
        {
            // items beside the anyOf, as for sections: completion inserts "key:\n  - ".
            schema.Add("items", value);
            alternatives.Add(field.IsNonEmpty ? new Obj { { "type", "array" }, { "minItems", 1 } } : new Obj { { "type", "array" } });
        }

        if (field.IsDisputable)
        {
            alternatives.Add(Claims(field));
        }

        if (!field.IsRequired)
        {
            alternatives.Add(Ref(Absent));
        }

        if (alternatives.Count == 1)
        {
            schema = Described(description, value);
        }
        else
        {
            // The value first: where no alternative fits, the server reports the first one's message.
            schema.Add("anyOf", alternatives.ToArray());
        }

        if (field.Default is { } defaultValue)
        {
            schema.Add("default", defaultValue);
        }

        return schema;
    }

    /// <summary>
    /// <c>inferred</c> (docs/fact-files.md §13): a mapping from field name to a non-empty reason. The names are listed
    /// as <c>properties</c> (not <c>propertyNames</c>), so the editor completes them.
    /// </summary>
    private static Obj Inferred(string[] fields, string description)
    {
        var properties = new Obj();
        foreach (var name in fields)
        {
            properties.Add(name, new Obj { { "description", "Why the editor holds this value although no quote states it." }, { "type", "string" }, { "pattern", "\\S" }, { "errorMessage", ReasonMessage }, { "patternErrorMessage", ReasonMessage } });
        }

        return new Obj
        {
            { "description", description },
            { "type", "object" },
            { "properties", properties },
            { "additionalProperties", false },
        };
    }

    private const string ReasonMessage = "Expected the editor's reason: some text.";

    /// <summary>
    /// A disputable field's other form (docs/fact-files.md §14): <c>claims</c>, two or more, each a value of the
    /// field's type with its own citations, a rank, a note and its own <c>inferred</c>. What only the
    /// whole list can tell (equal values, two preferred, all deprecated: FG0018) is left to the generator.
    /// </summary>
    private static Obj Claims(FieldDescriptor field)
    {
        var value = Value(field);
        var claimValue = field.IsList
            ? new Obj { { "description", "The value this source gives." }, { "items", value }, { "anyOf", new object[] { value, new Obj { { "type", "array" }, { "minItems", 1 } } } } }
            : Described("The value this source gives.", value);
        var claim = new Obj
        {
            { "type", "object" },
            {
                "properties", new Obj
                {
                    { "value", claimValue },
                    { "sources", new Obj { { "description", "Where this value is stated: its quotes must mention it." }, { "type", "array" }, { "minItems", 1 }, { "items", Ref("citation") } } },
                    { "rank", new Obj { { "description", "preferred (the best value; at most one), normal (the default), or deprecated (known to be wrong or out of date: kept, never the best value)." }, { "type", "string" }, { "enum", Model.ClaimRanks.Names.Cast<object>().ToArray() } } },
                    { "note", Text("Why the claims differ, or why this one is ranked so.") },
                    { KindDescriptor.InferredKey, Inferred(new[] { field.Name }, "This claim's value, if no quote of the claim states it, with the editor's reason.") },
                }
            },
            { "required", new object[] { "value", "sources" } },
            { "additionalProperties", false },
        };
        return new Obj
        {
            { "type", "object" },
            {
                "properties", new Obj
                {
                    { "claims", new Obj { { "description", "The values the sources give, when they disagree: two or more, each with its own citations; the preferred one (else the first normal one) is the field's value." }, { "type", "array" }, { "minItems", 2 }, { "items", claim } } },
                }
            },
            { "required", new object[] { "claims" } },
            { "additionalProperties", false },
        };
    }

    /// <summary>One value of the field's type, as it arrives from YAML; always with a <c>type</c>.</summary>
    private static Obj Value(FieldDescriptor field) => field.Type switch
    {
        ValueType.Id or ValueType.Reference => Slug(),
        // A type beside the reference: the server reads a field's type from its own schema only.
        ValueType.Country => new Obj { { "type", "string" }, { "allOf", new object[] { Ref("country") } } },
        ValueType.Enum => new Obj { { "type", "string" }, { "allOf", new object[] { Ref(EnumName(field.Enum!)) } } },
        ValueType.Citation => new Obj { { "type", "object" }, { "allOf", new object[] { Ref("citation") } } },
        ValueType.Url => new Obj
        {
            { "type", "string" },
            { "pattern", "^[Hh][Tt][Tt][Pp][Ss]?://[^/?#\\s]" },
            { "errorMessage", UrlMessage },
            { "patternErrorMessage", UrlMessage },
            { "examples", new object[] { "https://example.org/article" } },
        },
        ValueType.Date => new Obj
        {
            // A plain 2021 is a number in YAML 1.2; 2023-08 and 2023-08-09 are strings.
            { "type", new object[] { "string", "integer" } },
            // An interval's ends are checked one by one here; an end before its start is left to FG0005.
            { "pattern", "^(" + OneDatePattern + "(/(" + OneDatePattern + "|\\.\\.))?|\\.\\./" + OneDatePattern + ")$" },
            { "minimum", 1 },
            { "maximum", 9999 },
            { "errorMessage", DateMessage },
            { "patternErrorMessage", DateMessage },
            { "examples", new object[] { "2023-08-09", "2023-08", 2021, "2023-07-31/2023-08-06", "../2023-08-08", "2023-07-26/.." } },
        },
        ValueType.Quantity => new Obj
        {
            // A plain 1500 is a number; ~1000, <=1000, 1000..2000, dozens are strings; ">=1000" must be quoted.
            { "type", new object[] { "string", "integer" } },
            { "pattern", "^(~|>=|<=)?[0-9]+$|^[0-9]+\\.\\.[0-9]+$|^(" + string.Join("|", QuantityValue.Magnitudes) + ")$" },
            { "minimum", 0 },
            { "maximum", int.MaxValue },
            { "errorMessage", QuantityMessage },
            { "patternErrorMessage", QuantityMessage },
            { "examples", new object[] { 1500, "~1000", ">=1000", "<=1000", "1000..2000" }.Concat(QuantityValue.Magnitudes).ToArray() },
        },
        // String and Path: any non-empty scalar (YAML may read "2023" or "true" as a number or a boolean).
        _ => Text(),
    };

    private static readonly string QuantityMessage =
        "Expected a quantity: 1500 (exact), ~1000 (about), \">=1000\" (at least, quoted), <=1000 (at most), 1000..2000 (a range) or "
        + string.Join(", ", QuantityValue.Magnitudes) + "; digits only, no separators.";

    private static Obj Slug() => new()
    {
        { "type", "string" },
        { "pattern", SlugPattern },
        { "errorMessage", SlugMessage },
        { "patternErrorMessage", SlugMessage },
    };

    private static Obj Text() => new()
    {
        { "type", new object[] { "string", "number", "boolean" } },
        { "pattern", "\\S" },
        { "errorMessage", TextMessage },
        { "patternErrorMessage", TextMessage },
    };

    private static Obj Citation()
    {
        var article = Described("The id of a declared article.", Slug());
        var quote = Described("Words from that line: case, spelling and the source's own typos must match.", Text());

        const string LineMessage = "Expected a line number: a whole number from 1, not quoted.";
        return new Obj
        {
            { "$comment", "Where a source states the fact: an article id, a 1-based line of that article, and words from that line (checked after normalizing white space, quotes and ellipses)." },
            { "type", "object" },
            {
                "properties", new Obj
                {
                    { "article", article },
                    { "line", new Obj { { "description", "The 1-based line of the article, as an editor numbers it." }, { "type", "integer" }, { "minimum", 1 }, { "maximum", int.MaxValue }, { "errorMessage", LineMessage } } },
                    { "quote", quote },
                }
            },
            { "required", new object[] { "article", "line", "quote" } },
            { "additionalProperties", false },
        };
    }

    /// <summary>A value schema with a description put first, as a field reads best.</summary>
    private static Obj Described(string description, Obj value)
    {
        var described = new Obj { { "description", description } };
        foreach (var pair in value)
        {
            described.Add(pair.Key, pair.Value);
        }

        return described;
    }

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

    /// <summary>Through the escaping module: docs of declared kinds come from fact files, so they are escaped as any output is.</summary>
    private static void WriteString(StringBuilder sb, string s) => JsonText.Quote(sb, s);

    /// <summary>A JSON object that keeps its keys in insertion order.</summary>
    private sealed class Obj : List<KeyValuePair<string, object>>
    {
        public void Add(string key, object value) => Add(new KeyValuePair<string, object>(key, value));
    }
}

using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using FactsGen.Articles;
using FactsGen.Diagnostics;
using FactsGen.Model;
using FactsGen.Parsing;
using FactsGen.Schema;
using FactsGen.Values;
using ValueType = FactsGen.Schema.ValueType;

namespace FactsGen.Support;

/// <summary>
/// Support (docs/fact-files.md §12): each value of a checked field is in one of the record's quotes (FG0017), a field
/// listed under <c>inferred</c> is not one the quotes say (FG0102), and <c>stated</c> is not written
/// over a quote that hedges (FG0101). Per fact file, from its parse and the fact base's names
/// (<see cref="NameTable"/>): nothing here reads the articles, and every quote counts, whether or not
/// its own check (FG0011–FG0014) passes.
/// </summary>
internal sealed class SupportChecker
{
    /// <summary>Characters the mention search may examine per fact file besides <see cref="WorkPerQuoteChar"/> per quoted character.</summary>
    internal const long BaseBudget = 20_000_000;

    /// <summary>A real record searches its quotes for a handful of names and six hedges; dozens of searches per quoted character is hostile input.</summary>
    internal const long WorkPerQuoteChar = 64;

    /// <summary>Hedges and the certainty each suggests, in the order they are looked for.</summary>
    private static readonly (string Word, string Certainty)[] Hedges =
    {
        ("reportedly", "reported"), ("reported", "reported"), ("allegedly", "alleged"), ("alleged", "alleged"), ("believed", "believed"), ("estimated", "estimated"),
    };

    private const string Stated = "stated";

    /// <summary>The longest phrase ruled out by <see cref="string.IndexOf(string, System.StringComparison)"/> first.</summary>
    private const int ShortPhrase = 16;

    private readonly FactSchema _schema;
    private readonly NameTable _names;
    private readonly List<DiagnosticInfo> _diagnostics = new();
    private readonly Dictionary<string, (string Prepared, QuoteSearch Search)> _phrases = new(System.StringComparer.Ordinal);
    private long _budget;

    private SupportChecker(FactSchema schema, NameTable names, long budget)
    {
        _schema = schema;
        _names = names;
        _budget = budget;
    }

    /// <summary>Characters examined so far (tests count work instead of timing it).</summary>
    internal long Work { get; private set; }

    public static EquatableArray<DiagnosticInfo> Check(ParsedFactFile file, FactSchema schema, NameTable names, CancellationToken cancellationToken) =>
        Run(file, schema, names, cancellationToken).Diagnostics;

    /// <summary>As <see cref="Check"/>, with the work it took.</summary>
    internal static (EquatableArray<DiagnosticInfo> Diagnostics, long Work) Run(ParsedFactFile file, FactSchema schema, NameTable names, CancellationToken cancellationToken, long? budget = null)
    {
        long quoted = 0;
        foreach (var record in file.Records)
        {
            foreach (var citation in Citations(schema, record))
            {
                quoted += citation.Quote.Length;
            }

            foreach (var value in record.Fields)
            {
                foreach (var claim in value?.Claims ?? default)
                {
                    foreach (var citation in claim.Sources)
                    {
                        quoted += citation.Quote.Length;
                    }
                }
            }
        }

        var checker = new SupportChecker(schema, names, budget ?? BaseBudget + (WorkPerQuoteChar * quoted));
        foreach (var record in file.Records)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!checker.CheckRecord(record))
            {
                break;
            }
        }

        var diagnostics = checker._diagnostics.Distinct().ToList();
        diagnostics.Sort(DiagnosticInfo.Compare);
        return (diagnostics.ToEquatableArray(), checker.Work);
    }

    private static EquatableArray<CitationItem> Citations(FactSchema schema, FactRecord record)
    {
        var sources = schema[record.Kind].SourcesField;
        var index = sources is null ? -1 : schema[record.Kind].IndexOf(sources.Name);
        return index >= 0 && index < record.Fields.Count && record.Fields[index] is { } value ? value.Citations : EquatableArray<CitationItem>.Empty;
    }

    /// <summary>Checks one record; false when the budget ran out (reported once, FG0015).</summary>
    private bool CheckRecord(FactRecord record)
    {
        var citations = Citations(_schema, record);
        if (citations.IsEmpty)
        {
            return true; // FG0010 says it; no FG0017 on top
        }

        var kind = _schema[record.Kind];
        var quotes = Prepare(citations);
        List<HashSet<long>>? numbers = null;
        for (var i = 0; i < kind.Fields.Count && i < record.Fields.Count; i++)
        {
            var field = kind.Fields[i];
            var inferred = InferenceOf(record.Inferences, field.Name);
            if (field.Enum is { } values && values.Equals(FactKinds.Certainty) && !field.IsList && inferred is null)
            {
                CheckHedges(record, field, record.Fields[i], quotes);
            }

            if (!field.IsInQuote || record.Fields[i] is not { } value)
            {
                continue;
            }

            if (!value.HasClaims)
            {
                if (!CheckItems(record, kind, i, field, value.Items, quotes, inferred, "this record's", ref numbers))
                {
                    return false;
                }

                continue;
            }

            // Each claim's value against its own quotes only, with its own 'inferred' (docs/fact-files.md §14).
            foreach (var claim in value.Claims)
            {
                var claimQuotes = Prepare(claim.Sources);
                List<HashSet<long>>? claimNumbers = null;
                var claimInferred = InferenceOf(claim.Inferences, field.Name);
                if (!CheckItems(record, kind, i, field, claim.Value, claimQuotes, claimInferred, "this claim's", ref claimNumbers))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>The quotes of these citations, prepared for the mention search (a loop: this runs for every record).</summary>
    private static List<string> Prepare(EquatableArray<CitationItem> citations)
    {
        var quotes = new List<string>(citations.Count);
        foreach (var citation in citations)
        {
            quotes.Add(Mentions.Prepare(citation.Quote));
        }

        return quotes;
    }

    /// <summary>The editor's inference for the field, if it lists one (a loop, not a closure per field of every record).</summary>
    private static InferenceItem? InferenceOf(EquatableArray<InferenceItem> inferences, string field)
    {
        foreach (var inference in inferences)
        {
            if (inference.Field == field)
            {
                return inference;
            }
        }

        return null;
    }

    /// <summary>Checks a value's items against the quotes of the record or claim that gives it; false when the budget ran out (reported once, FG0015).</summary>
    private bool CheckItems(FactRecord record, KindDescriptor kind, int index, FieldDescriptor field, EquatableArray<ScalarItem> items, List<string> quotes, InferenceItem? inferred, string whose, ref List<HashSet<long>>? numbers)
    {
        var all = true;
        List<string>? found = null;
        foreach (var item in items)
        {
            var support = IsSupported(record, kind, index, field, item, quotes, ref numbers);
            if (_budget < 0)
            {
                _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.LimitExceeded, item.Location, "checking that this file's values are in their quotes would take too long (too many or too long names, aliases or quotes)"));
                return false;
            }

            if (support is null)
            {
                all = false; // not checked: an unknown reference (FG0007) or a target without a name
                continue;
            }

            if (support.Value)
            {
                (found ??= new List<string>()).Add(item.Text);
            }
            else if (inferred is null)
            {
                all = false;
                var (lookedFor, hint) = Explain(record, kind, index, field, item);
                _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NotInQuotes, item.Location, field.Name, item.Text, whose, lookedFor, hint) with
                {
                    Properties = EquatableArray.Create(new DiagnosticProperty(DiagnosticProperty.Field, field.Name)),
                });
            }
            else
            {
                all = false;
            }
        }

        if (inferred is not null && all && found is not null)
        {
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InferredButQuoted, inferred.FieldLocation, field.Name, whose, English.Alternatives(found)));
        }

        return true;
    }

    /// <summary>
    /// Whether the item is in a quote; null when it is not checked. What was looked for is worded
    /// only for a value that is not (<see cref="Explain"/>): most values are, and this runs for each.
    /// </summary>
    private bool? IsSupported(FactRecord record, KindDescriptor kind, int index, FieldDescriptor field, ScalarItem item, List<string> quotes, ref List<HashSet<long>>? numbers)
    {
        switch (field.Type)
        {
            case ValueType.Reference:
                return _names.Find(field.Target, item.Text) is { Names.IsEmpty: false } named ? AnyMentions(quotes, named.Names) : null;

            case ValueType.Quantity:
            {
                var quantity = item.Quantity;
                if (quantity.Kind == QuantityKind.Magnitude)
                {
                    return AnyMentions(quotes, quantity.MagnitudeName!);
                }

                numbers ??= ReadNumbers(quotes);
                foreach (var set in numbers)
                {
                    if (set.Contains(quantity.Value) && (quantity.Kind != QuantityKind.Range || set.Contains(quantity.Max)))
                    {
                        return true;
                    }
                }

                return false;
            }

            default:
                return OwnNames(record, kind, index, item) is { } names ? AnyMentions(quotes, names) : AnyMentions(quotes, item.Text);
        }
    }

    /// <summary>What <see cref="IsSupported"/> looked for and how to fix it, for FG0017's message.</summary>
    private (string LookedFor, string Hint) Explain(FactRecord record, KindDescriptor kind, int index, FieldDescriptor field, ScalarItem item)
    {
        const string Cite = "Cite the words that say it";
        const string Infer = "or list the field under 'inferred' with the reason";
        switch (field.Type)
        {
            case ValueType.Reference:
            {
                var target = _schema[field.Target];
                var named = _names.Find(field.Target, item.Text)!;
                var hasAliases = target.AliasesField >= 0;
                var what = named.Names.Count > 1 ? "the name and aliases" : "the name";
                return ($"{Names(named.Names)} ({what} of {target.Noun} '{item.Text}')", hasAliases ? $"{Cite}, add the words the quote uses to the {target.Noun}'s aliases, {Infer}" : $"{Cite}, {Infer}");
            }

            case ValueType.Quantity:
            {
                var quantity = item.Quantity;
                if (quantity.Kind == QuantityKind.Magnitude)
                {
                    return ($"'{quantity.MagnitudeName}'", $"{Cite}, {Infer}");
                }

                var wanted = quantity.Kind == QuantityKind.Range ? new long[] { quantity.Value, quantity.Max } : new long[] { quantity.Value };
                var forms = string.Join(" and ", wanted.Select(n => $"{n.ToString(CultureInfo.InvariantCulture)} (as {NumberWords.Forms(n)})"));
                return (wanted.Length > 1 ? "both " + forms : forms, $"{Cite}, {Infer}");
            }

            default:
            {
                var names = OwnNames(record, kind, index, item);
                var lookedFor = names is { Count: > 1 } ? $"{Names(names)} (the {kind.Noun}'s name and aliases)" : Names(new[] { item.Text });
                var hint = index == kind.NameField && kind.AliasesField >= 0 ? $"{Cite}, add the words the quote uses to the aliases, {Infer}" : $"{Cite}, {Infer}";
                return (lookedFor, hint);
            }
        }
    }

    /// <summary>
    /// A record's own name with its aliases (an actor is cited where it is mentioned), when it has
    /// any; null when the item's text alone is looked for.
    /// </summary>
    private static List<string>? OwnNames(FactRecord record, KindDescriptor kind, int index, ScalarItem item)
    {
        if (index != kind.NameField || kind.AliasesField < 0 || record.Fields[kind.AliasesField] is not { } aliases)
        {
            return null;
        }

        var names = new List<string>(1 + aliases.Items.Count) { item.Text };
        foreach (var alias in aliases.Items)
        {
            names.Add(alias.Text);
        }

        return names;
    }

    private static List<HashSet<long>> ReadNumbers(List<string> quotes)
    {
        var numbers = new List<HashSet<long>>(quotes.Count);
        foreach (var quote in quotes)
        {
            numbers.Add(NumbersInText.Read(quote));
        }

        return numbers;
    }

    private void CheckHedges(FactRecord record, FieldDescriptor field, FieldValue? value, List<string> quotes)
    {
        // No value in a record that reported a field: the certainty may be the value that was invalid
        // (FG0005 says so), not a default; one mistake, one diagnostic.
        if (value is null && !record.IsValid)
        {
            return;
        }

        var certainty = value?.Text ?? field.Default;
        if (certainty != Stated)
        {
            return;
        }

        foreach (var quote in quotes)
        {
            foreach (var (word, suggested) in Hedges)
            {
                if (Mentioned(quote, word))
                {
                    _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.HedgedQuote, value?.Location ?? record.IdLocation, word, field.Name, Stated, suggested) with
                    {
                        Properties = EquatableArray.Create(new DiagnosticProperty(DiagnosticProperty.Field, field.Name), new DiagnosticProperty(DiagnosticProperty.Suggestion, suggested)),
                    });
                    return;
                }
            }
        }
    }

    /// <summary>
    /// Whether a quote mentions any of the names, tried name by name (the order the work and budget
    /// count in). Generic over the list so an <see cref="EquatableArray{T}"/> (a struct) is read
    /// without boxing it or its enumerator: this runs for every checked value.
    /// </summary>
    private bool AnyMentions<TNames>(List<string> quotes, TNames names)
        where TNames : IReadOnlyList<string>
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (AnyMentions(quotes, names[i]))
            {
                return true;
            }
        }

        return false;
    }

    private bool AnyMentions(List<string> quotes, string name)
    {
        foreach (var quote in quotes)
        {
            if (Mentioned(quote, name))
            {
                return true;
            }
        }

        return false;
    }

    private bool Mentioned(string preparedQuote, string phrase)
    {
        if (!_phrases.TryGetValue(phrase, out var search))
        {
            var prepared = Mentions.Prepare(phrase);
            search = (prepared, new QuoteSearch(prepared));
            _phrases.Add(phrase, search);
        }

        if (search.Prepared.Length == 0 || _budget < 0)
        {
            return false;
        }

        // Most quotes hold neither the hedges nor most names: a short phrase that does not occur at all
        // is ruled out by the runtime's vectorized search, which stays linear for a phrase this short
        // (at most ShortPhrase comparisons per character); a mention needs the word-bounded search below.
        if (search.Prepared.Length <= ShortPhrase && preparedQuote.IndexOf(search.Prepared, System.StringComparison.Ordinal) < 0)
        {
            Work += preparedQuote.Length;
            _budget -= preparedQuote.Length;
            return false;
        }

        long work = 0;
        var found = Mentions.IsIn(preparedQuote, search.Search, search.Prepared.Length, ref work);
        Work += work;
        _budget -= work;
        return found;
    }

    /// <summary>The names looked for, as the message lists them (a long list is cut).</summary>
    private static string Names(IReadOnlyList<string> names)
    {
        const int Shown = 8;
        return names.Count <= Shown
            ? English.Alternatives(names)
            : string.Join(", ", names.Take(Shown).Select(n => "'" + n + "'")) + $" or {(names.Count - Shown).ToString(CultureInfo.InvariantCulture)} more";
    }
}

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
        var quotes = citations.Select(c => Mentions.Prepare(c.Quote)).ToList();
        List<HashSet<long>>? numbers = null;
        for (var i = 0; i < kind.Fields.Count && i < record.Fields.Count; i++)
        {
            var field = kind.Fields[i];
            var inferred = record.Inferences.FirstOrDefault(x => x.Field == field.Name);
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
                var claimQuotes = claim.Sources.Select(c => Mentions.Prepare(c.Quote)).ToList();
                List<HashSet<long>>? claimNumbers = null;
                var claimInferred = claim.Inferences.FirstOrDefault(x => x.Field == field.Name);
                if (!CheckItems(record, kind, i, field, claim.Value, claimQuotes, claimInferred, "this claim's", ref claimNumbers))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>Checks a value's items against the quotes of the record or claim that gives it; false when the budget ran out (reported once, FG0015).</summary>
    private bool CheckItems(FactRecord record, KindDescriptor kind, int index, FieldDescriptor field, EquatableArray<ScalarItem> items, List<string> quotes, InferenceItem? inferred, string whose, ref List<HashSet<long>>? numbers)
    {
        var all = true;
        var found = new List<string>();
        foreach (var item in items)
        {
            var support = Support(record, kind, index, field, item, quotes, ref numbers);
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

            if (support.Value.Mentioned)
            {
                found.Add(item.Text);
            }
            else if (inferred is null)
            {
                all = false;
                _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NotInQuotes, item.Location, field.Name, item.Text, whose, support.Value.LookedFor, support.Value.Hint) with
                {
                    Properties = EquatableArray.Create(new DiagnosticProperty(DiagnosticProperty.Field, field.Name)),
                });
            }
            else
            {
                all = false;
            }
        }

        if (inferred is not null && all && found.Count > 0)
        {
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InferredButQuoted, inferred.FieldLocation, field.Name, whose, English.Alternatives(found)));
        }

        return true;
    }

    /// <summary>Whether the item is in a quote, and what was looked for; null when it is not checked.</summary>
    private (bool Mentioned, string LookedFor, string Hint)? Support(FactRecord record, KindDescriptor kind, int index, FieldDescriptor field, ScalarItem item, List<string> quotes, ref List<HashSet<long>>? numbers)
    {
        const string Cite = "Cite the words that say it";
        const string Infer = "or list the field under 'inferred' with the reason";
        switch (field.Type)
        {
            case ValueType.Reference:
            {
                var target = _schema[field.Target];
                if (_names.Find(field.Target, item.Text) is not { } named || named.Names.IsEmpty)
                {
                    return null;
                }

                var hasAliases = target.AliasesField >= 0;
                var what = named.Names.Count > 1 ? "the name and aliases" : "the name";
                return (AnyMentions(quotes, named.Names), $"{Names(named.Names)} ({what} of {target.Noun} '{item.Text}')", hasAliases ? $"{Cite}, add the words the quote uses to the {target.Noun}'s aliases, {Infer}" : $"{Cite}, {Infer}");
            }

            case ValueType.Quantity:
            {
                var quantity = item.Quantity;
                if (quantity.Kind == QuantityKind.Magnitude)
                {
                    return (AnyMentions(quotes, new[] { quantity.MagnitudeName! }), $"'{quantity.MagnitudeName}'", $"{Cite}, {Infer}");
                }

                numbers ??= quotes.Select(NumbersInText.Read).ToList();
                var wanted = quantity.Kind == QuantityKind.Range ? new long[] { quantity.Value, quantity.Max } : new long[] { quantity.Value };
                var mentioned = numbers.Any(set => wanted.All(set.Contains));
                var forms = string.Join(" and ", wanted.Select(n => $"{n.ToString(CultureInfo.InvariantCulture)} (as {NumberWords.Forms(n)})"));
                return (mentioned, wanted.Length > 1 ? "both " + forms : forms, $"{Cite}, {Infer}");
            }

            default:
            {
                // A record's own name: its aliases count too (an actor is cited where it is mentioned).
                var names = new List<string> { item.Text };
                if (index == kind.NameField && kind.AliasesField >= 0 && record.Fields[kind.AliasesField] is { } aliases)
                {
                    names.AddRange(aliases.Items.Select(a => a.Text));
                }

                var lookedFor = names.Count > 1 ? $"{Names(names)} (the {kind.Noun}'s name and aliases)" : Names(names);
                var hint = index == kind.NameField && kind.AliasesField >= 0 ? $"{Cite}, add the words the quote uses to the aliases, {Infer}" : $"{Cite}, {Infer}";
                return (AnyMentions(quotes, names), lookedFor, hint);
            }
        }
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

    private bool AnyMentions(List<string> quotes, IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            foreach (var quote in quotes)
            {
                if (Mentioned(quote, name))
                {
                    return true;
                }
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

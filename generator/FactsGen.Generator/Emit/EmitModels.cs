using System.Collections.Generic;
using FactsGen.Diagnostics;
using FactsGen.Indexing;
using FactsGen.Model;
using FactsGen.Schema;

namespace FactsGen.Emit;

/// <summary>
/// What MSBuild tells the generator: the namespace to emit into, the project folder (for stable
/// names), and whether catalog properties carry <c>[Provenance]</c> attributes
/// (<c>FactsGenProvenanceAttributes</c>; off by default: they cost the compiler about a fifth of
/// its work on the generated code, and the quotes are in the doc comments and in <c>Sources</c>).
/// </summary>
internal sealed record GeneratorOptions(string Namespace, string? ProjectDirectory, bool ProvenanceAttributes = false);

/// <summary>
/// The accepted records of one fact file, which become one generated source, and the schema their
/// kinds come from. The records are the parsed ones, shared rather than copied into location-free
/// twins; instead equality ignores what emission ignores (locations), so an edit that only moves
/// text leaves the model equal and nothing is emitted again. A test enumerates the records' members
/// (FactFileModelEqualityTests), so a member added without a place here fails it.
/// </summary>
internal sealed record FactFileModel(string Path, EquatableArray<FactRecord> Records, FactSchema Schema)
{
    public bool Equals(FactFileModel? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || Path != other.Path || Records.Count != other.Records.Count || !Schema.Equals(other.Schema))
        {
            return false;
        }

        for (var i = 0; i < Records.Count; i++)
        {
            if (!SameContent(Records[i], other.Records[i]))
            {
                return false;
            }
        }

        return true;
    }

    public override int GetHashCode()
    {
        var hash = Path.GetHashCode();
        foreach (var record in Records)
        {
            hash = unchecked((hash * 31) + record.Id.GetHashCode());
        }

        return hash;
    }

    private static bool SameContent(FactRecord a, FactRecord b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        // Inferences are emitted (the record's Inferences, the doc comment): field and reason count, places do not.
        if (a.Kind != b.Kind || a.Id != b.Id || a.Fields.Count != b.Fields.Count || !SameInferences(a.Inferences, b.Inferences))
        {
            return false;
        }

        for (var f = 0; f < a.Fields.Count; f++)
        {
            var x = a.Fields[f];
            var y = b.Fields[f];
            if (x is null || y is null)
            {
                if (x is not null || y is not null) return false;
                continue;
            }

            if (!SameItems(x.Items, y.Items) || !SameCitations(x.Citations, y.Citations) || x.Claims.Count != y.Claims.Count)
            {
                return false;
            }

            for (var i = 0; i < x.Claims.Count; i++)
            {
                var c = x.Claims[i];
                var d = y.Claims[i];
                if (c.Rank != d.Rank || c.Note != d.Note || !SameItems(c.Value, d.Value) || !SameCitations(c.Sources, d.Sources) || !SameInferences(c.Inferences, d.Inferences)) return false;
            }
        }

        return true;
    }

    private static bool SameInferences(EquatableArray<InferenceItem> x, EquatableArray<InferenceItem> y)
    {
        if (x.Count != y.Count)
        {
            return false;
        }

        for (var i = 0; i < x.Count; i++)
        {
            if (x[i].Field != y[i].Field || x[i].Reason != y[i].Reason) return false;
        }

        return true;
    }

    private static bool SameItems(EquatableArray<ScalarItem> x, EquatableArray<ScalarItem> y)
    {
        if (x.Count != y.Count)
        {
            return false;
        }

        for (var i = 0; i < x.Count; i++)
        {
            if (x[i].Text != y[i].Text) return false;
        }

        return true;
    }

    private static bool SameCitations(EquatableArray<CitationItem> x, EquatableArray<CitationItem> y)
    {
        if (x.Count != y.Count)
        {
            return false;
        }

        for (var i = 0; i < x.Count; i++)
        {
            var c = x[i];
            var d = y[i];
            if (c.Article != d.Article || c.Line != d.Line || c.Quote != d.Quote) return false;
        }

        return true;
    }
}

/// <summary>A fact file's generated source (null when it has no accepted record), or the fault that stopped it (FG9999).</summary>
internal sealed record EmittedFile(string Path, SourceFile? Source, DiagnosticInfo? Fault);

/// <summary>How many accepted records of a kind one file holds (in fact-base order).</summary>
internal sealed record FileShare(string Path, int Count);

/// <summary>A kind's catalog: which files hold its records, in fact-base order.</summary>
internal sealed record CatalogModel(GeneratorOptions Options, KindDescriptor Kind, EquatableArray<FileShare> Files)
{
    /// <summary>The catalog of a kind from the accepted facts of every file (loops, not LINQ: this runs per kind and file).</summary>
    public static CatalogModel Of(GeneratorOptions options, KindDescriptor kind, EquatableArray<FileAcceptance> acceptance)
    {
        var files = new List<FileShare>();
        foreach (var file in acceptance)
        {
            var count = 0;
            foreach (var fact in file.Facts)
            {
                if (fact.Kind == kind.Index)
                {
                    count++;
                }
            }

            if (count > 0)
            {
                files.Add(new FileShare(file.Path, count));
            }
        }

        return new CatalogModel(options, kind, files.ToEquatableArray());
    }
}

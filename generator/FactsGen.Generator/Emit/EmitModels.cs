using FactsGen.Diagnostics;
using FactsGen.Model;
using FactsGen.Schema;

namespace FactsGen.Emit;

/// <summary>What MSBuild tells the generator: the namespace to emit into and the project folder (for stable names).</summary>
internal sealed record GeneratorOptions(string Namespace, string? ProjectDirectory);

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

        if (a.Kind != b.Kind || a.Id != b.Id || a.Fields.Count != b.Fields.Count || a.Inferences.Count != b.Inferences.Count)
        {
            return false;
        }

        // Inferences are emitted (the record's Inferences, the doc comment): field and reason count, places do not.
        for (var i = 0; i < a.Inferences.Count; i++)
        {
            if (a.Inferences[i].Field != b.Inferences[i].Field || a.Inferences[i].Reason != b.Inferences[i].Reason) return false;
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

            if (x.Items.Count != y.Items.Count || x.Citations.Count != y.Citations.Count)
            {
                return false;
            }

            for (var i = 0; i < x.Items.Count; i++)
            {
                if (x.Items[i].Text != y.Items[i].Text) return false;
            }

            for (var i = 0; i < x.Citations.Count; i++)
            {
                var c = x.Citations[i];
                var d = y.Citations[i];
                if (c.Article != d.Article || c.Line != d.Line || c.Quote != d.Quote) return false;
            }
        }

        return true;
    }
}

/// <summary>A fact file's generated source (null when it has no accepted record), or the fault that stopped it (FG9999).</summary>
internal sealed record EmittedFile(string Path, ChunkedSourceFile? Source, DiagnosticInfo? Fault);

/// <summary>How many accepted records of a kind one file holds (in fact-base order).</summary>
internal sealed record FileShare(string Path, int Count);

/// <summary>A kind's catalog: which files hold its records, in fact-base order.</summary>
internal sealed record CatalogModel(GeneratorOptions Options, KindDescriptor Kind, EquatableArray<FileShare> Files);

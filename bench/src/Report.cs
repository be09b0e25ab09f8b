using System.Globalization;
using System.Text;

namespace FactsGen.Bench;

/// <summary>Prints one line per figure as it is measured, and keeps them for the summary and latest.md.</summary>
internal sealed class Report(bool quick)
{
    private readonly List<(string Name, double Value, string Text, string? Target, bool? Met)> _figures = new();
    private readonly List<Sample> _samples = new();
    private readonly List<string> _notes = new();

    public void Line(string text)
    {
        Console.WriteLine(text);
        _notes.Add(text);
    }

    public void Info(string text) => Line("  # " + text);

    public void Sample(Sample sample)
    {
        _samples.Add(sample);
        Info(sample.ToString());
    }

    /// <summary>Prints <c>name = value</c>; <paramref name="target"/> is like "&lt;= 1.5" or "== 0".</summary>
    public void Figure(string name, double value, string format, string? target)
    {
        var text = value.ToString(format, CultureInfo.InvariantCulture);
        bool? met = target is null ? null : Meets(double.Parse(text, CultureInfo.InvariantCulture), target);
        _figures.Add((name, value, text, target, met));
        Console.WriteLine($"{name} = {text}" + (target is null ? string.Empty : $"   (target {target}: {(met == true ? "met" : "NOT MET")})"));
    }

    public void Summary()
    {
        var targeted = _figures.Where(f => f.Met is not null).ToList();
        var missed = targeted.Where(f => f.Met == false).Select(f => f.Name).ToList();
        Console.WriteLine(missed.Count == 0
            ? $"targets: all {targeted.Count} met"
            : $"targets: {targeted.Count - missed.Count} of {targeted.Count} met; not met: {string.Join(", ", missed)}");
    }

    public void WriteMarkdown(string path, string machine)
    {
        var sb = new StringBuilder();
        sb.AppendLine("# FactsGen benchmark results");
        sb.AppendLine();
        sb.AppendLine($"Date: {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC ({(quick ? "quick" : "full")} run)  ");
        sb.AppendLine($"Machine: {machine}");
        sb.AppendLine();
        sb.AppendLine("| figure | value | target | |");
        sb.AppendLine("|---|---:|---|---|");
        foreach (var f in _figures)
        {
            sb.AppendLine($"| `{f.Name}` | {f.Text} | {f.Target ?? string.Empty} | {(f.Met is null ? string.Empty : f.Met.Value ? "met" : "**not met**")} |");
        }

        sb.AppendLine();
        sb.AppendLine("## Samples (ms)");
        sb.AppendLine();
        sb.AppendLine("| measurement | median | min | max | n |");
        sb.AppendLine("|---|---:|---:|---:|---:|");
        foreach (var s in _samples)
        {
            sb.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| {s.Name} | {s.Median:F1} | {s.Min:F1} | {s.Max:F1} | {s.Milliseconds.Count} |"));
        }

        sb.AppendLine();
        sb.AppendLine("## Log");
        sb.AppendLine();
        sb.AppendLine("```");
        foreach (var note in _notes)
        {
            sb.AppendLine(note);
        }

        sb.AppendLine("```");
        sb.AppendLine();
        sb.AppendLine("## How to reproduce");
        sb.AppendLine();
        sb.AppendLine("```bash");
        sb.AppendLine("dotnet run -c Release --project bench -- --quick   # every figure, under 5 minutes on 2 cores");
        sb.AppendLine("dotnet run -c Release --project bench              # more iterations; writes this file");
        sb.AppendLine("dotnet run -c Release --project bench -- --bdn --filter '*'   # BenchmarkDotNet on the pieces");
        sb.AppendLine("```");
        sb.AppendLine();
        sb.AppendLine("What each figure measures is in bench/README.md. The fact bases are synthetic (bench/FactsGen.Synthetic, seed 20230809): N facts in 100 files plus articles.yaml.");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, sb.ToString());
    }

    private static bool Meets(double value, string target)
    {
        var parts = target.Split(' ', 2);
        var bound = double.Parse(parts[1], CultureInfo.InvariantCulture);
        return parts[0] switch
        {
            "<=" => value <= bound,
            "<" => value < bound,
            ">=" => value >= bound,
            ">" => value > bound,
            _ => value == bound,
        };
    }
}

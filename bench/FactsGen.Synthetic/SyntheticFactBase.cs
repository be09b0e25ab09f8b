using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace FactsGen.Synthetic;

/// <summary>A file of a synthetic fact base: its path relative to the project folder ('/'-separated) and its text.</summary>
/// <param name="Path">E.g. <c>facts/region-007.yaml</c> or <c>facts/articles/article-003.txt</c>.</param>
/// <param name="Text">The file's text (LF line ends).</param>
public sealed record SyntheticFile(string Path, string Text);

/// <summary>
/// A deterministic, seeded synthetic fact base of the shape editors write: actors, deployments and
/// sanctions with cross-file references, optional fields in every value syntax (dates of each
/// precision, all quantity forms, enums, countries, lists), and 1 to 3 citations per fact against
/// synthetic article texts whose cited lines really contain the quotes (after the spec's
/// normalization: some lines have doubled spaces, curly quotes and an ellipsis). The same
/// (facts, files, seed) always gives byte-identical files, and the fact base has no diagnostics.
/// </summary>
public sealed class SyntheticFactBase
{
    private const int LinesPerArticle = 80;

    private static readonly string[] Given =
    {
        "amara", "bola", "cheikh", "daouda", "emeka", "fatou", "goodluck", "hamidou", "ibrahim", "jean", "kofi", "lamine",
        "mariam", "nana", "oumar", "paul", "quentin", "rokia", "salif", "tiemoko", "umaru", "victor", "wole", "yaya", "zainab",
    };

    private static readonly string[] Family =
    {
        "diallo", "traore", "keita", "ouedraogo", "sawadogo", "mahamadou", "abubakar", "okafor", "mensah", "bazoum", "toure",
        "konate", "sangare", "camara", "ndiaye", "sow", "ba", "cisse", "adeyemi", "balogun", "issoufou", "tchiani", "goita",
    };

    private static readonly string[] Places =
    {
        "sahel", "niamey", "agadez", "tillaberi", "bamako", "gao", "kidal", "timbuktu", "mopti", "ouagadougou", "djibo", "dori",
        "abuja", "kano", "maiduguri", "ndjamena", "bangui", "tripoli", "benghazi", "khartoum", "darfur", "dakar", "conakry",
        "lome", "accra", "cotonou", "nouakchott", "tessalit", "menaka", "diffa", "tahoua", "zinder", "arlit", "madama",
    };

    private static readonly string[] OrgWords =
    {
        "guard", "council", "front", "brigade", "movement", "alliance", "command", "legion", "ministry", "bank", "committee",
        "union", "corps", "service", "company", "forces", "coalition", "mission", "agency", "network",
    };

    private static readonly string[] Countries =
    {
        "NE", "ML", "BF", "NG", "TD", "CF", "LY", "SD", "SN", "GN", "TG", "GH", "BJ", "MR", "DZ", "MA", "FR", "US", "RU", "GB",
        "DE", "CN", "TR", "AE", "EG", "CM", "CI", "SL", "LR", "GM",
    };

    private static readonly string[] NonPersonKinds = { "state", "government", "military", "armed-group", "organization", "intergovernmental", "media" };
    private static readonly string[] Certainties = { "stated", "reported", "estimated", "believed", "alleged" };
    private static readonly string[] Instruments = { "financial", "trade", "travel", "diplomatic", "military", "other" };
    private static readonly string[] Personnel = { "troops", "fighters", "military forces", "military personnel", "mercenaries", "advisers", "special forces", "police officers" };
    private static readonly string[] Roles = { "Minister of Defence", "President", "Prime Minister", "Chief of Staff", "Spokesperson", "Foreign Minister", "Governor", "Ambassador", "Commander", "Secretary-General" };
    private static readonly string[] Purposes = { "counterterrorism operations", "training local forces", "protecting mining sites", "securing the capital", "guarding the border", "supporting the junta", "evacuating foreign nationals" };
    private static readonly string[] Reasons = { "squeezing those involved in the takeover", "the refusal to release the ousted president", "human rights abuses", "arms trafficking", "the seizure of power", "attacks on civilians" };
    private static readonly string[] Publishers = { "Sahel Tribune", "West Africa Wire", "Continental Post", "Niger Daily", "Bamako Observer", "The Desert Review" };

    private static readonly string[] Vocabulary =
    (
        "the a of in on and to for with from by as at after before during while since against about around more than least nearly " +
        "government junta coup president minister spokesperson officials forces troops fighters soldiers mercenaries military army police " +
        "sanctions embargo border bank central regional bloc delegation talks deadline release ousted reinstatement capital region country " +
        "said told reported according believed estimated alleged accused denied ordered imposed announced confirmed warned claimed urged " +
        "thousands hundreds dozens several many some few new fresh continuing recent last next week month year Tuesday August July " +
        "security crisis instability operations counterterrorism Islamist groups attacks civilians villages mining sites business interests " +
        "Niger Mali Nigeria Chad Libya Sudan Burkina Faso Africa Sahel Europe Russia France United States ECOWAS UN Wagner " +
        "stationed deployed withdrawn arrived remain present across northern southern eastern western near inside outside " +
        "diplomatic financial trade travel measures pressure support assistance cooperation agreement statement interview broadcast " +
        "1,000 1,500 5,000 2,000 300 twelve 2021 2022 2023 26 8 9 percent tonnes kilometres").Split(' ');

    private readonly List<SyntheticFile> _factFiles = new();
    private readonly List<SyntheticFile> _articleTexts = new();

    private SyntheticFactBase(int facts, int files, int seed)
    {
        Facts = facts;
        FileCount = files;
        Seed = seed;
    }

    /// <summary>How many actors, deployments and sanctions the base holds (articles not counted).</summary>
    public int Facts { get; }

    /// <summary>How many fact files hold them (the article declarations are one more file).</summary>
    public int FileCount { get; }

    /// <summary>The seed every choice was drawn from.</summary>
    public int Seed { get; }

    /// <summary>Actors in the base.</summary>
    public int ActorCount { get; private set; }

    /// <summary>Deployments in the base.</summary>
    public int DeploymentCount { get; private set; }

    /// <summary>Sanctions in the base.</summary>
    public int SanctionCount { get; private set; }

    /// <summary><c>facts/articles.yaml</c>: the article declarations.</summary>
    public SyntheticFile ArticleIndex { get; private set; } = new("facts/articles.yaml", string.Empty);

    /// <summary>The fact files <c>facts/region-NNN.yaml</c>, each with actors, deployments and sanctions.</summary>
    public IReadOnlyList<SyntheticFile> FactFiles => _factFiles;

    /// <summary>The article texts <c>facts/articles/article-NNN.txt</c>.</summary>
    public IReadOnlyList<SyntheticFile> ArticleTexts => _articleTexts;

    /// <summary>Every YAML file: the article declarations, then the fact files.</summary>
    public IEnumerable<SyntheticFile> YamlFiles => new[] { ArticleIndex }.Concat(_factFiles);

    /// <summary>Every file of the base: YAML files, then article texts.</summary>
    public IEnumerable<SyntheticFile> AllFiles => YamlFiles.Concat(_articleTexts);

    /// <summary>An actor from the middle of the base: its id.</summary>
    public string SampleActorId { get; private set; } = string.Empty;

    /// <summary>Makes a fact base of <paramref name="facts"/> facts spread evenly over <paramref name="files"/> fact files.</summary>
    /// <param name="facts">Actors, deployments and sanctions in all (about 40%, 35% and 25%).</param>
    /// <param name="files">Fact files.</param>
    /// <param name="seed">The seed; the same arguments always give the same files.</param>
    /// <returns>The fact base.</returns>
    public static SyntheticFactBase Create(int facts, int files, int seed = 20230809)
    {
        if (facts < 1 || files < 1 || files > facts)
        {
            throw new ArgumentOutOfRangeException(nameof(files), "Need 1 <= files <= facts.");
        }

        var fb = new SyntheticFactBase(facts, files, seed);
        fb.Build();
        return fb;
    }

    /// <summary>Writes every file below <paramref name="projectDirectory"/> (so fact files land in its <c>facts/</c>).</summary>
    /// <param name="projectDirectory">The folder to write into.</param>
    public void WriteTo(string projectDirectory)
    {
        foreach (var file in AllFiles)
        {
            var path = Path.Combine(projectDirectory, file.Path.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Text, new UTF8Encoding(false));
        }
    }

    /// <summary>
    /// An editor's typical edit: one value changes (the first actor's, deployment's or sanction's
    /// name, location or reason), ids and references stay, locations stay where they are.
    /// </summary>
    /// <param name="yaml">A fact file's text.</param>
    /// <returns>The edited text.</returns>
    public static string EditValue(string yaml)
    {
        foreach (var key in new[] { "\n    name: \"", "\n    location: \"", "\n    reason: \"" })
        {
            var at = yaml.IndexOf(key, StringComparison.Ordinal);
            if (at >= 0)
            {
                // Same length: upper-case the value's first letter, or lower-case it back.
                var i = at + key.Length;
                var c = yaml[i];
                var swapped = char.IsUpper(c) ? char.ToLowerInvariant(c) : char.ToUpperInvariant(c);
                return yaml.Substring(0, i) + swapped + yaml.Substring(i + 1);
            }
        }

        throw new InvalidOperationException("No value to edit in this file.");
    }

    /// <summary>
    /// A structural edit: a new actor (id <paramref name="id"/>) at the top of the file's actors,
    /// citing what the file's first citation cites. Ids change, so the cross-file index is rebuilt.
    /// </summary>
    /// <param name="yaml">A fact file's text (its actors section is made if it has none).</param>
    /// <param name="id">The new actor's id (a slug not used elsewhere).</param>
    /// <returns>The edited text.</returns>
    public static string AddActor(string yaml, string id)
    {
        var citation = yaml.IndexOf("      - {article:", StringComparison.Ordinal);
        if (citation < 0)
        {
            throw new InvalidOperationException("No citation to copy.");
        }

        var citationLine = yaml.Substring(citation, yaml.IndexOf('\n', citation) - citation + 1);
        var record = $"  - id: {id}\n    name: \"New Actor\"\n    kind: organization\n    sources:\n{citationLine}\n";
        var section = yaml.IndexOf("\nactors:\n", StringComparison.Ordinal);
        if (section < 0)
        {
            // A file without actors gets the section (a section may appear in any file).
            return yaml + "actors:\n" + record;
        }

        var insert = section + "\nactors:\n".Length;
        return yaml.Substring(0, insert) + record + yaml.Substring(insert);
    }

    private void Build()
    {
        var rng = new Random(Seed);

        // Articles first: their lines are what citations quote.
        var articleCount = Math.Clamp(Facts / 400, 2, 250);
        var articleLines = new List<string[]>();
        var articleIds = new List<string>();
        for (var a = 0; a < articleCount; a++)
        {
            var lines = new string[LinesPerArticle];
            for (var l = 0; l < lines.Length; l++)
            {
                lines[l] = ArticleLine(rng);
            }

            articleLines.Add(lines);
            articleIds.Add($"{Pick(rng, Places)}-report-{a + 1:D3}");
            _articleTexts.Add(new SyntheticFile($"facts/articles/article-{a + 1:D3}.txt", string.Join("\n", lines) + "\n"));
        }

        var declarations = new StringBuilder("# Synthetic source articles, cited by line.\narticles:\n");
        for (var a = 0; a < articleCount; a++)
        {
            declarations.Append("  - id: ").Append(articleIds[a]).Append('\n');
            declarations.Append("    file: articles/article-").Append((a + 1).ToString("D3", CultureInfo.InvariantCulture)).Append(".txt\n");
            declarations.Append("    title: ").Append(Quote($"{Capital(Pick(rng, Places))} {Pick(rng, Vocabulary)} {Pick(rng, Vocabulary)} report {a + 1}")).Append('\n');
            declarations.Append("    publisher: ").Append(Quote(Pick(rng, Publishers))).Append('\n');
            declarations.Append("    published: ").Append(Date(rng, precision: 2)).Append('\n');
            declarations.Append("    url: https://news.example.org/").Append(articleIds[a]).Append('\n');
            declarations.Append('\n');
        }

        ArticleIndex = new SyntheticFile("facts/articles.yaml", declarations.ToString());

        // Fact kinds by global position: of every 20 facts, 8 actors, 7 deployments, 5 sanctions.
        var kinds = new int[Facts];
        for (var i = 0; i < Facts; i++)
        {
            var p = i % 20;
            kinds[i] = p < 8 ? 0 : p < 15 ? 1 : 2;
        }

        ActorCount = kinds.Count(k => k == 0);
        DeploymentCount = kinds.Count(k => k == 1);
        SanctionCount = kinds.Count(k => k == 2);

        // Actor ids and names up front, so any fact may refer to any actor (in any file).
        var actorIds = new string[ActorCount];
        var actorNames = new string[ActorCount];
        var actorIsPerson = new bool[ActorCount];
        for (var a = 0; a < ActorCount; a++)
        {
            actorIsPerson[a] = a % 3 == 0;
            if (actorIsPerson[a])
            {
                var given = Pick(rng, Given);
                var family = Pick(rng, Family);
                actorIds[a] = $"{given}-{family}-{a + 1}";
                actorNames[a] = $"{Capital(given)} {Capital(family)}";
            }
            else
            {
                var place = Pick(rng, Places);
                var org = Pick(rng, OrgWords);
                actorIds[a] = $"{place}-{org}-{a + 1}";
                actorNames[a] = $"{Capital(place)} {Capital(org)}";
            }
        }

        SampleActorId = actorIds[ActorCount / 2];

        var actor = 0;
        var deployment = 0;
        var sanction = 0;
        var citationRound = 0;
        for (var f = 0; f < FileCount; f++)
        {
            var from = (int)((long)f * Facts / FileCount);
            var to = (int)((long)(f + 1) * Facts / FileCount);
            var sections = new[] { new StringBuilder(), new StringBuilder(), new StringBuilder() };
            for (var i = from; i < to; i++)
            {
                var sb = sections[kinds[i]];
                switch (kinds[i])
                {
                    case 0:
                        WriteActor(sb, rng, actor, actorIds, actorNames, actorIsPerson[actor]);
                        actor++;
                        break;
                    case 1:
                        WriteDeployment(sb, rng, ++deployment, actorIds);
                        break;
                    default:
                        WriteSanction(sb, rng, ++sanction, actorIds);
                        break;
                }

                WriteCitations(sb, rng, articleIds, articleLines, ref citationRound);
                sb.Append('\n');
            }

            var text = new StringBuilder();
            text.Append("# Synthetic region ").Append((f + 1).ToString(CultureInfo.InvariantCulture)).Append(" (seed ").Append(Seed.ToString(CultureInfo.InvariantCulture)).Append(").\n");
            var names = new[] { "actors", "deployments", "sanctions" };
            for (var k = 0; k < 3; k++)
            {
                if (sections[k].Length > 0)
                {
                    text.Append(names[k]).Append(":\n").Append(sections[k]);
                }
            }

            _factFiles.Add(new SyntheticFile($"facts/region-{f + 1:D3}.yaml", text.ToString()));
        }
    }

    private static void WriteActor(StringBuilder sb, Random rng, int index, string[] ids, string[] names, bool person)
    {
        sb.Append("  - id: ").Append(ids[index]).Append('\n');
        sb.Append("    name: ").Append(Quote(names[index])).Append('\n');
        sb.Append("    kind: ").Append(person ? "person" : Pick(rng, NonPersonKinds)).Append('\n');
        if (rng.NextDouble() < (person ? 0.8 : 0.3))
        {
            sb.Append("    role: ").Append(Quote(Pick(rng, Roles) + (rng.Next(4) == 0 ? " of " + Capital(Pick(rng, Places)) : string.Empty))).Append('\n');
        }

        if (rng.NextDouble() < 0.7)
        {
            sb.Append("    country: ").Append(Pick(rng, Countries)).Append('\n');
        }

        if (rng.NextDouble() < 0.35)
        {
            var alias = names[index].Split(' ');
            sb.Append("    aliases: [").Append(Quote(alias[alias.Length - 1]));
            if (rng.Next(2) == 0)
            {
                sb.Append(", ").Append(Quote(string.Concat(alias.Select(w => char.ToUpperInvariant(w[0]))) + (index + 1).ToString(CultureInfo.InvariantCulture)));
            }

            sb.Append("]\n");
        }

        if (ids.Length > 1 && rng.NextDouble() < 0.3)
        {
            var refs = Distinct(rng, ids, 1 + rng.Next(2), except: index);
            sb.Append("    affiliated-with: [").Append(string.Join(", ", refs)).Append("]\n");
        }
    }

    private static void WriteDeployment(StringBuilder sb, Random rng, int number, string[] actors)
    {
        var place = Capital(Pick(rng, Places));
        sb.Append("  - id: ").Append(Pick(rng, Places)).Append("-deployment-").Append(number.ToString(CultureInfo.InvariantCulture)).Append('\n');
        sb.Append("    actor: ").Append(Pick(rng, actors)).Append('\n');
        sb.Append("    location: ").Append(Quote(rng.Next(4) == 0 ? $"{place} and {Capital(Pick(rng, Places))}" : place)).Append('\n');
        if (rng.NextDouble() < 0.6)
        {
            sb.Append("    countries: [").Append(string.Join(", ", Distinct(rng, Countries, 1 + rng.Next(2), except: -1))).Append("]\n");
        }

        if (rng.NextDouble() < 0.8)
        {
            sb.Append("    strength: ").Append(Quantity(rng)).Append('\n');
        }

        if (rng.NextDouble() < 0.7)
        {
            sb.Append("    personnel: ").Append(Quote(Pick(rng, Personnel))).Append('\n');
        }

        if (rng.NextDouble() < 0.4)
        {
            sb.Append("    purpose: ").Append(Quote(Pick(rng, Purposes))).Append('\n');
        }

        if (rng.NextDouble() < 0.4)
        {
            sb.Append("    since: ").Append(Date(rng, rng.Next(3))).Append('\n');
        }

        if (rng.NextDouble() < 0.4)
        {
            sb.Append("    as-of: ").Append(Date(rng, rng.Next(3))).Append('\n');
        }

        Certainty(sb, rng, 0.5);
        AttributedTo(sb, rng, actors);
    }

    private static void WriteSanction(StringBuilder sb, Random rng, int number, string[] actors)
    {
        sb.Append("  - id: ").Append(Pick(rng, Places)).Append("-sanctions-").Append(number.ToString(CultureInfo.InvariantCulture)).Append('\n');
        sb.Append("    imposed-by: ").Append(Pick(rng, actors)).Append('\n');
        sb.Append("    targets: [").Append(string.Join(", ", Distinct(rng, actors, 1 + rng.Next(3), except: -1))).Append("]\n");
        if (rng.NextDouble() < 0.3)
        {
            sb.Append("    ordered-by: ").Append(Pick(rng, actors)).Append('\n');
        }

        if (rng.NextDouble() < 0.25)
        {
            sb.Append("    through: ").Append(Pick(rng, actors)).Append('\n');
        }

        if (rng.NextDouble() < 0.7)
        {
            sb.Append("    instruments: [").Append(string.Join(", ", Distinct(rng, Instruments, 1 + rng.Next(2), except: -1))).Append("]\n");
        }

        if (rng.NextDouble() < 0.5)
        {
            sb.Append("    reason: ").Append(Quote(Pick(rng, Reasons))).Append('\n');
        }

        if (rng.NextDouble() < 0.7)
        {
            sb.Append("    date: ").Append(Date(rng, rng.Next(3))).Append('\n');
        }

        Certainty(sb, rng, 0.4);
        AttributedTo(sb, rng, actors);
    }

    private static void Certainty(StringBuilder sb, Random rng, double p)
    {
        if (rng.NextDouble() < p)
        {
            sb.Append("    certainty: ").Append(Pick(rng, Certainties)).Append('\n');
        }
    }

    private static void AttributedTo(StringBuilder sb, Random rng, string[] actors)
    {
        if (rng.NextDouble() < 0.15)
        {
            sb.Append("    attributed-to: [").Append(Pick(rng, actors)).Append("]\n");
        }
    }

    /// <summary>1 to 3 citations; the first goes round the articles so each is cited.</summary>
    private static void WriteCitations(StringBuilder sb, Random rng, List<string> ids, List<string[]> lines, ref int round)
    {
        var count = rng.Next(20) switch { < 10 => 1, < 17 => 2, _ => 3 };
        sb.Append("    sources:\n");
        for (var c = 0; c < count; c++)
        {
            var article = c == 0 ? round++ % ids.Count : rng.Next(ids.Count);
            var line = rng.Next(LinesPerArticle);
            var tokens = lines[article][line].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var length = Math.Min(tokens.Length, 3 + rng.Next(6));
            var start = rng.Next(tokens.Length - length + 1);
            var quote = string.Join(" ", tokens, start, length);
            sb.Append("      - {article: ").Append(ids[article])
                .Append(", line: ").Append((line + 1).ToString(CultureInfo.InvariantCulture))
                .Append(", quote: ").Append(Quote(quote)).Append("}\n");
        }
    }

    /// <summary>A line of article prose: words, some doubled spaces, curly quotes and an ellipsis now and then.</summary>
    private static string ArticleLine(Random rng)
    {
        var words = 12 + rng.Next(24);
        var sb = new StringBuilder();
        var quoting = false;
        for (var w = 0; w < words; w++)
        {
            if (w > 0)
            {
                sb.Append(rng.Next(40) == 0 ? "  " : " ");
            }

            var word = Pick(rng, Vocabulary);
            if (w == 0)
            {
                word = Capital(word);
            }

            if (!quoting && w < words - 2 && rng.Next(30) == 0)
            {
                sb.Append('\u201C');
                quoting = true;
            }

            sb.Append(word);
            if (quoting && rng.Next(3) == 0)
            {
                sb.Append('\u201D');
                quoting = false;
            }
            else if (rng.Next(12) == 0)
            {
                sb.Append(',');
            }
            else if (rng.Next(25) == 0)
            {
                sb.Append("\u2019s");
            }
        }

        if (quoting)
        {
            sb.Append('\u201D');
        }

        sb.Append(rng.Next(10) == 0 ? "\u2026" : ".");
        return sb.ToString();
    }

    private static string Quantity(Random rng)
    {
        var n = (1 + rng.Next(60)) * 50;
        return rng.Next(7) switch
        {
            0 => n.ToString(CultureInfo.InvariantCulture),
            1 => "~" + n.ToString(CultureInfo.InvariantCulture),
            2 => "\">=" + n.ToString(CultureInfo.InvariantCulture) + "\"",
            3 => "\"<=" + n.ToString(CultureInfo.InvariantCulture) + "\"",
            4 => n.ToString(CultureInfo.InvariantCulture) + ".." + (n * 2).ToString(CultureInfo.InvariantCulture),
            5 => Pick(rng, new[] { "dozens", "hundreds", "thousands" }),
            _ => "~" + (n * 10).ToString(CultureInfo.InvariantCulture),
        };
    }

    /// <summary>A real calendar date of year (0), month (1) or day (2) precision.</summary>
    private static string Date(Random rng, int precision)
    {
        var year = 1995 + rng.Next(30);
        var month = 1 + rng.Next(12);
        var day = 1 + rng.Next(28);
        return precision switch
        {
            0 => year.ToString(CultureInfo.InvariantCulture),
            1 => string.Format(CultureInfo.InvariantCulture, "{0:D4}-{1:D2}", year, month),
            _ => string.Format(CultureInfo.InvariantCulture, "{0:D4}-{1:D2}-{2:D2}", year, month, day),
        };
    }

    private static List<string> Distinct(Random rng, string[] from, int count, int except)
    {
        var picked = new List<string>();
        for (var tries = 0; picked.Count < count && tries < 20; tries++)
        {
            var i = rng.Next(from.Length);
            if (i != except && !picked.Contains(from[i]))
            {
                picked.Add(from[i]);
            }
        }

        return picked;
    }

    private static string Pick(Random rng, string[] items) => items[rng.Next(items.Length)];

    private static string Capital(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word.Substring(1);

    /// <summary>A YAML double-quoted scalar.</summary>
    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}

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
/// sanctions, and (by default) the declared kinds events and statements (<c>facts/kinds.yaml</c>),
/// with cross-file references, optional fields in every value syntax (dates of each precision, all
/// quantity forms, enums, countries, lists), and 1 to 3 citations per fact against synthetic article
/// texts whose cited lines really contain the quotes (after docs/fact-files.md §5's normalization: some lines
/// have doubled spaces, curly quotes and an ellipsis). Each fact's quotes mention the actors and
/// numbers its checked fields hold (docs/fact-files.md §12), and no quote hedges. The same arguments always give
/// byte-identical files, and the fact base has no diagnostics.
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
        "said told according accused denied ordered imposed announced confirmed warned claimed urged " +
        "thousands hundreds dozens several many some few new fresh continuing recent last next week month year Tuesday August July " +
        "security crisis instability operations counterterrorism Islamist groups attacks civilians villages mining sites business interests " +
        "Niger Mali Nigeria Chad Libya Sudan Burkina Faso Africa Sahel Europe Russia France United States ECOWAS UN Wagner " +
        "stationed deployed withdrawn arrived remain present across northern southern eastern western near inside outside " +
        "diplomatic financial trade travel measures pressure support assistance cooperation agreement statement interview broadcast " +
        "1,000 1,500 5,000 2,000 300 twelve 2021 2022 2023 26 8 9 percent tonnes kilometres").Split(' ');

    private static readonly string[] EventKinds = { "coup", "deadline", "summit", "talks", "detention", "attacks", "order", "refusal", "pressure", "publication" };
    private static readonly string[] EventWhat = { "Troops seized the presidential palace", "The bloc set a deadline for the junta", "Leaders met to discuss the crisis", "Talks with the delegation broke down", "The ousted president was detained", "Fighters attacked villages near the border", "The central bank was ordered to freeze accounts", "The junta refused to receive the delegation" };
    private static readonly string[] Media = { "an interview", "a statement", "a voice message", "an opinion piece", "a broadcast", "a press conference" };
    private static readonly string[] Said = { "Security in the region is deteriorating", "We will not accept the deadline", "The sanctions hurt ordinary people", "Our forces remain ready", "The talks must continue", "Foreign troops should leave the country" };

    /// <summary>Words that join the mentions in a quote made to support a fact.</summary>
    private static readonly string[] Joiners = { "and", "with", "against", "near", "after", "for", "by" };

    /// <summary>
    /// <c>facts/kinds.yaml</c>: events and statements, shaped like the real fact base's (enums, dates,
    /// a quantity, country lists, references to actors as single values and lists with reverse
    /// navigation, a reference to sanctions and one from statements to events, certainty defaults).
    /// </summary>
    private const string KindsYaml = """
        # Synthetic declared kinds: what happened, and who said what.
        kinds:
          - id: events
            record: Event
            doc: "Something that happened, as the articles report it."
            summary: "[{date}: ]{description}"
            fields:
              - name: kind
                type: enum
                values: [coup, deadline, summit, talks, detention, attacks, order, refusal, pressure, publication]
                required: true
                doc: "What sort of event it is."
              - name: date
                type: date
                doc: "When it happened, as precisely as the text allows."
              - name: location
                type: string
                doc: "Where, as the article says it."
              - name: countries
                type: country
                list: true
                doc: "The countries where it happened."
              - name: actors
                type: ref actors
                list: true
                reverse: Events
                doc: "Who took part in it or was subject to it."
              - name: sanction
                type: ref sanctions
                reverse: Events
                doc: "The sanction that the event imposed, if any."
              - name: casualties
                type: quantity
                doc: "How many people were killed or wounded."
              - name: description
                type: string
                required: true
                doc: "One sentence saying what happened."
              - name: certainty
                type: certainty
                default: stated
                doc: "How sure the text is that it happened."

          - id: statements
            record: Statement
            doc: "Something a named actor said or wrote."
            summary: "{speaker}[ ({date})]: {text}"
            fields:
              - name: speaker
                type: ref actors
                required: true
                reverse: Statements
                doc: "Who said or wrote it."
              - name: mode
                type: enum
                values: [quoted, reported]
                required: true
                doc: "quoted: the speaker's words exactly; reported: reported speech."
              - name: text
                type: string
                required: true
                doc: "What was said."
              - name: date
                type: date
                doc: "When it was said."
              - name: medium
                type: string
                doc: "How it was said or published."
              - name: audience
                type: ref actors
                list: true
                reverse: AddressedIn
                doc: "Whom it was said to."
              - name: about
                type: ref actors
                list: true
                reverse: MentionedIn
                doc: "The actors it is about."
              - name: event
                type: ref events
                reverse: Statements
                doc: "The event at which, or about which, it was said."
              - name: certainty
                type: certainty
                default: stated
                doc: "How sure the text is that it was said."

        """;

    private readonly List<SyntheticFile> _factFiles = new();
    private readonly List<SyntheticFile> _articleTexts = new();

    // Built as facts are written: the last lines of each article are the lines made for a fact's first citation.
    private readonly List<List<string>> _articleLines = new();
    private readonly Dictionary<string, string> _actorName = new(StringComparer.Ordinal);
    private readonly List<string> _sanctionIds = new();
    private readonly List<string> _eventIds = new();

    private SyntheticFactBase(int facts, int files, int seed, bool declaredKinds)
    {
        Facts = facts;
        FileCount = files;
        Seed = seed;
        HasDeclaredKinds = declaredKinds;
    }

    /// <summary>How many facts the base holds: actors, deployments, sanctions, and with declared kinds events and statements (articles not counted).</summary>
    public int Facts { get; }

    /// <summary>How many fact files hold them (the article declarations and the kinds file are more).</summary>
    public int FileCount { get; }

    /// <summary>The seed every choice was drawn from.</summary>
    public int Seed { get; }

    /// <summary>Whether the base declares kinds (<c>facts/kinds.yaml</c>) and has their records.</summary>
    public bool HasDeclaredKinds { get; }

    /// <summary>Actors in the base.</summary>
    public int ActorCount { get; private set; }

    /// <summary>Deployments in the base.</summary>
    public int DeploymentCount { get; private set; }

    /// <summary>Sanctions in the base.</summary>
    public int SanctionCount { get; private set; }

    /// <summary>Events (a declared kind) in the base; 0 without declared kinds.</summary>
    public int EventCount { get; private set; }

    /// <summary>Statements (a declared kind) in the base; 0 without declared kinds.</summary>
    public int StatementCount { get; private set; }

    /// <summary><c>facts/articles.yaml</c>: the article declarations.</summary>
    public SyntheticFile ArticleIndex { get; private set; } = new("facts/articles.yaml", string.Empty);

    /// <summary><c>facts/kinds.yaml</c>: the declared kinds (events and statements); null without declared kinds.</summary>
    public SyntheticFile? KindsFile { get; private set; }

    /// <summary>The fact files <c>facts/region-NNN.yaml</c>, each with records of every kind.</summary>
    public IReadOnlyList<SyntheticFile> FactFiles => _factFiles;

    /// <summary>The article texts <c>facts/articles/article-NNN.txt</c>.</summary>
    public IReadOnlyList<SyntheticFile> ArticleTexts => _articleTexts;

    /// <summary>Every YAML file: the article declarations, the kinds (if any), then the fact files.</summary>
    public IEnumerable<SyntheticFile> YamlFiles =>
        (KindsFile is null ? new[] { ArticleIndex } : new[] { ArticleIndex, KindsFile }).Concat(_factFiles);

    /// <summary>Every file of the base: YAML files, then article texts.</summary>
    public IEnumerable<SyntheticFile> AllFiles => YamlFiles.Concat(_articleTexts);

    /// <summary>An actor from the middle of the base: its id.</summary>
    public string SampleActorId { get; private set; } = string.Empty;

    /// <summary>Makes a fact base of <paramref name="facts"/> facts spread evenly over <paramref name="files"/> fact files.</summary>
    /// <param name="facts">
    /// Facts in all: of every 20, 7 actors, 5 deployments, 3 sanctions, 3 events and 2 statements
    /// (8 actors, 7 deployments and 5 sanctions without declared kinds).
    /// </param>
    /// <param name="files">Fact files.</param>
    /// <param name="seed">The seed; the same arguments always give the same files.</param>
    /// <param name="declaredKinds">Whether the base declares events and statements in <c>facts/kinds.yaml</c> and has their records.</param>
    /// <returns>The fact base.</returns>
    public static SyntheticFactBase Create(int facts, int files, int seed = 20230809, bool declaredKinds = true)
    {
        if (facts < 1 || files < 1 || files > facts)
        {
            throw new ArgumentOutOfRangeException(nameof(files), "Need 1 <= files <= facts.");
        }

        var fb = new SyntheticFactBase(facts, files, seed, declaredKinds);
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
    /// An editor's typical edit: one value changes (the first deployment's location or sanction's
    /// reason; an actor's name only in a file with neither, since names are what every file's quotes
    /// are checked against, docs/fact-files.md §12), ids and references stay, locations stay where they are. The
    /// value only changes case, so the quotes still mention it (docs/fact-files.md §12 compares case-insensitively).
    /// </summary>
    /// <param name="yaml">A fact file's text.</param>
    /// <returns>The edited text.</returns>
    public static string EditValue(string yaml) =>
        SwapFirstLetter(yaml, new[] { "\n    location: \"", "\n    reason: \"", "\n    name: \"" }) ?? throw new InvalidOperationException("No value to edit in this file.");

    /// <summary>
    /// A kind edit that changes no record's meaning: the first field's <c>doc</c> in kinds.yaml (its
    /// first letter's case swapped, same length), which still re-checks every fact file (docs/fact-files.md §6).
    /// </summary>
    /// <param name="kindsYaml">The kinds file's text.</param>
    /// <returns>The edited text.</returns>
    public static string EditKindDoc(string kindsYaml) =>
        SwapFirstLetter(kindsYaml, new[] { "\n        doc: \"" }) ?? throw new InvalidOperationException("No field doc to edit in this file.");

    /// <summary>
    /// A structural edit: a new actor (id <paramref name="id"/>) at the top of the file's actors,
    /// citing what the file's first citation cites. Its name is that citation's quote, so the quote
    /// mentions it (docs/fact-files.md §12). Ids change, so the cross-file index is rebuilt.
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
        const string QuoteKey = ", quote: ";
        var quote = citationLine.Substring(citationLine.IndexOf(QuoteKey, StringComparison.Ordinal) + QuoteKey.Length);
        quote = quote.Substring(0, quote.LastIndexOf('}'));
        var record = $"  - id: {id}\n    name: {quote}\n    kind: organization\n    sources:\n{citationLine}\n";
        var section = yaml.IndexOf("\nactors:\n", StringComparison.Ordinal);
        if (section < 0)
        {
            // A file without actors gets the section (a section may appear in any file).
            return yaml + "actors:\n" + record;
        }

        var insert = section + "\nactors:\n".Length;
        return yaml.Substring(0, insert) + record + yaml.Substring(insert);
    }

    private static string? SwapFirstLetter(string yaml, string[] keys)
    {
        foreach (var key in keys)
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

        return null;
    }

    private void Build()
    {
        var rng = new Random(Seed);

        // Articles first: their lines are what further citations quote; each fact's first citation
        // gets a line of its own, appended as the fact is written, that mentions what the fact says.
        var articleCount = Math.Clamp(Facts / 400, 2, 250);
        var articleIds = new List<string>();
        for (var a = 0; a < articleCount; a++)
        {
            var lines = new List<string>(LinesPerArticle);
            for (var l = 0; l < LinesPerArticle; l++)
            {
                lines.Add(ArticleLine(rng));
            }

            _articleLines.Add(lines);
            articleIds.Add($"{Pick(rng, Places)}-report-{a + 1:D3}");
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
        if (HasDeclaredKinds)
        {
            KindsFile = new SyntheticFile("facts/kinds.yaml", KindsYaml);
        }

        // Fact kinds by global position: of every 20 facts, 7 actors, 5 deployments, 3 sanctions,
        // 3 events, 2 statements (without declared kinds: 8 actors, 7 deployments, 5 sanctions).
        var bounds = HasDeclaredKinds ? new[] { 7, 12, 15, 18, 20 } : new[] { 8, 15, 20, 20, 20 };
        var kinds = new int[Facts];
        for (var i = 0; i < Facts; i++)
        {
            var p = i % 20;
            kinds[i] = Array.FindIndex(bounds, b => p < b);
        }

        ActorCount = kinds.Count(k => k == 0);
        DeploymentCount = kinds.Count(k => k == 1);
        SanctionCount = kinds.Count(k => k == 2);
        EventCount = kinds.Count(k => k == 3);
        StatementCount = kinds.Count(k => k == 4);

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

            _actorName[actorIds[a]] = actorNames[a];
        }

        SampleActorId = actorIds[ActorCount / 2];

        var actor = 0;
        var numbers = new int[5];
        var citationRound = 0;
        var sectionNames = new[] { "actors", "deployments", "sanctions", "events", "statements" };
        for (var f = 0; f < FileCount; f++)
        {
            var from = (int)((long)f * Facts / FileCount);
            var to = (int)((long)(f + 1) * Facts / FileCount);
            var sections = sectionNames.Select(_ => new StringBuilder()).ToArray();
            for (var i = from; i < to; i++)
            {
                var sb = sections[kinds[i]];
                var number = ++numbers[kinds[i]];
                var mentions = kinds[i] switch
                {
                    0 => WriteActor(sb, rng, actor++, actorIds, actorNames, actorIsPerson),
                    1 => WriteDeployment(sb, rng, number, actorIds),
                    2 => WriteSanction(sb, rng, number, actorIds),
                    3 => WriteEvent(sb, rng, number, actorIds),
                    _ => WriteStatement(sb, rng, number, actorIds),
                };

                WriteCitations(sb, rng, articleIds, mentions, ref citationRound);
                sb.Append('\n');
            }

            var text = new StringBuilder();
            text.Append("# Synthetic region ").Append((f + 1).ToString(CultureInfo.InvariantCulture)).Append(" (seed ").Append(Seed.ToString(CultureInfo.InvariantCulture)).Append(").\n");
            for (var k = 0; k < sections.Length; k++)
            {
                if (sections[k].Length > 0)
                {
                    text.Append(sectionNames[k]).Append(":\n").Append(sections[k]);
                }
            }

            _factFiles.Add(new SyntheticFile($"facts/region-{f + 1:D3}.yaml", text.ToString()));
        }

        for (var a = 0; a < articleCount; a++)
        {
            _articleTexts.Add(new SyntheticFile($"facts/articles/article-{a + 1:D3}.txt", string.Join("\n", _articleLines[a]) + "\n"));
        }
    }

    // Each writer returns the phrases its fact's quotes must mention (docs/fact-files.md §12): the names of the
    // actors its checked fields refer to, and the numbers of its quantities.
    private List<string> WriteActor(StringBuilder sb, Random rng, int index, string[] ids, string[] names, bool[] person)
    {
        var mentions = new List<string> { names[index] };
        sb.Append("  - id: ").Append(ids[index]).Append('\n');
        sb.Append("    name: ").Append(Quote(names[index])).Append('\n');
        sb.Append("    kind: ").Append(person[index] ? "person" : Pick(rng, NonPersonKinds)).Append('\n');
        if (rng.NextDouble() < (person[index] ? 0.8 : 0.3))
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
            mentions.AddRange(refs.Select(r => _actorName[r]));
        }

        return mentions;
    }

    private List<string> WriteDeployment(StringBuilder sb, Random rng, int number, string[] actors)
    {
        var place = Capital(Pick(rng, Places));
        var actor = Pick(rng, actors);
        var mentions = new List<string> { _actorName[actor] };
        sb.Append("  - id: ").Append(Pick(rng, Places)).Append("-deployment-").Append(number.ToString(CultureInfo.InvariantCulture)).Append('\n');
        sb.Append("    actor: ").Append(actor).Append('\n');
        sb.Append("    location: ").Append(Quote(rng.Next(4) == 0 ? $"{place} and {Capital(Pick(rng, Places))}" : place)).Append('\n');
        if (rng.NextDouble() < 0.6)
        {
            sb.Append("    countries: [").Append(string.Join(", ", Distinct(rng, Countries, 1 + rng.Next(2), except: -1))).Append("]\n");
        }

        if (rng.NextDouble() < 0.8)
        {
            var (yaml, words) = Quantity(rng);
            sb.Append("    strength: ").Append(yaml).Append('\n');
            mentions.Add(words);
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
        return mentions;
    }

    private List<string> WriteSanction(StringBuilder sb, Random rng, int number, string[] actors)
    {
        var id = $"{Pick(rng, Places)}-sanctions-{number.ToString(CultureInfo.InvariantCulture)}";
        _sanctionIds.Add(id);
        var imposedBy = Pick(rng, actors);
        var targets = Distinct(rng, actors, 1 + rng.Next(3), except: -1);
        var mentions = new List<string> { _actorName[imposedBy] };
        mentions.AddRange(targets.Select(t => _actorName[t]));
        sb.Append("  - id: ").Append(id).Append('\n');
        sb.Append("    imposed-by: ").Append(imposedBy).Append('\n');
        sb.Append("    targets: [").Append(string.Join(", ", targets)).Append("]\n");
        if (rng.NextDouble() < 0.3)
        {
            var orderedBy = Pick(rng, actors);
            sb.Append("    ordered-by: ").Append(orderedBy).Append('\n');
            mentions.Add(_actorName[orderedBy]);
        }

        if (rng.NextDouble() < 0.25)
        {
            var through = Pick(rng, actors);
            sb.Append("    through: ").Append(through).Append('\n');
            mentions.Add(_actorName[through]);
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
        return mentions;
    }

    private List<string> WriteEvent(StringBuilder sb, Random rng, int number, string[] actors)
    {
        var id = $"{Pick(rng, Places)}-event-{number.ToString(CultureInfo.InvariantCulture)}";
        _eventIds.Add(id);
        var mentions = new List<string>();
        sb.Append("  - id: ").Append(id).Append('\n');
        sb.Append("    kind: ").Append(Pick(rng, EventKinds)).Append('\n');
        if (rng.NextDouble() < 0.8)
        {
            sb.Append("    date: ").Append(Date(rng, rng.Next(3))).Append('\n');
        }

        if (rng.NextDouble() < 0.5)
        {
            sb.Append("    location: ").Append(Quote(Capital(Pick(rng, Places)))).Append('\n');
        }

        if (rng.NextDouble() < 0.4)
        {
            sb.Append("    countries: [").Append(string.Join(", ", Distinct(rng, Countries, 1 + rng.Next(2), except: -1))).Append("]\n");
        }

        if (rng.NextDouble() < 0.85)
        {
            var refs = Distinct(rng, actors, 1 + rng.Next(3), except: -1);
            sb.Append("    actors: [").Append(string.Join(", ", refs)).Append("]\n");
            mentions.AddRange(refs.Select(r => _actorName[r]));
        }

        if (_sanctionIds.Count > 0 && rng.NextDouble() < 0.2)
        {
            sb.Append("    sanction: ").Append(_sanctionIds[rng.Next(_sanctionIds.Count)]).Append('\n');
        }

        if (rng.NextDouble() < 0.3)
        {
            var (yaml, words) = Quantity(rng);
            sb.Append("    casualties: ").Append(yaml).Append('\n');
            mentions.Add(words);
        }

        sb.Append("    description: ").Append(Quote(Pick(rng, EventWhat) + " in " + Capital(Pick(rng, Places)) + ".")).Append('\n');
        Certainty(sb, rng, 0.3);
        return mentions;
    }

    private List<string> WriteStatement(StringBuilder sb, Random rng, int number, string[] actors)
    {
        var speaker = Pick(rng, actors);
        var mentions = new List<string> { _actorName[speaker] };
        sb.Append("  - id: ").Append(Pick(rng, Places)).Append("-statement-").Append(number.ToString(CultureInfo.InvariantCulture)).Append('\n');
        sb.Append("    speaker: ").Append(speaker).Append('\n');
        sb.Append("    mode: ").Append(rng.Next(2) == 0 ? "quoted" : "reported").Append('\n');
        sb.Append("    text: ").Append(Quote(Pick(rng, Said))).Append('\n');
        if (rng.NextDouble() < 0.6)
        {
            sb.Append("    date: ").Append(Date(rng, rng.Next(3))).Append('\n');
        }

        if (rng.NextDouble() < 0.4)
        {
            sb.Append("    medium: ").Append(Quote(Pick(rng, Media))).Append('\n');
        }

        foreach (var (key, p) in new[] { ("audience", 0.3), ("about", 0.4) })
        {
            if (rng.NextDouble() < p)
            {
                var refs = Distinct(rng, actors, 1 + rng.Next(2), except: -1);
                sb.Append("    ").Append(key).Append(": [").Append(string.Join(", ", refs)).Append("]\n");
                mentions.AddRange(refs.Select(r => _actorName[r]));
            }
        }

        if (_eventIds.Count > 0 && rng.NextDouble() < 0.3)
        {
            sb.Append("    event: ").Append(_eventIds[rng.Next(_eventIds.Count)]).Append('\n');
        }

        Certainty(sb, rng, 0.2);
        return mentions;
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

    /// <summary>
    /// 1 to 3 citations. The first goes round the articles (so each is cited) and quotes a line made
    /// for it, appended to that article: the fact's mentions joined by plain words, amid prose. The
    /// others quote words of a random line of prose.
    /// </summary>
    private void WriteCitations(StringBuilder sb, Random rng, List<string> ids, List<string> mentions, ref int round)
    {
        var count = rng.Next(20) switch { < 10 => 1, < 17 => 2, _ => 3 };
        sb.Append("    sources:\n");
        for (var c = 0; c < count; c++)
        {
            int article, line;
            string quote;
            if (c == 0 && mentions.Count > 0)
            {
                article = round++ % ids.Count;
                var said = new StringBuilder(mentions[0]);
                for (var m = 1; m < mentions.Count; m++)
                {
                    said.Append(' ').Append(Pick(rng, Joiners)).Append(' ').Append(mentions[m]);
                }

                quote = said.ToString();
                var lines = _articleLines[article];
                lines.Add(Capital(Words(rng, 2 + rng.Next(4))) + " " + quote + " " + Words(rng, 2 + rng.Next(4)) + ".");
                line = lines.Count - 1;
            }
            else
            {
                article = c == 0 ? round++ % ids.Count : rng.Next(ids.Count);
                line = rng.Next(LinesPerArticle);
                var tokens = _articleLines[article][line].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var length = Math.Min(tokens.Length, 3 + rng.Next(6));
                var start = rng.Next(tokens.Length - length + 1);
                quote = string.Join(" ", tokens, start, length);
            }

            sb.Append("      - {article: ").Append(ids[article])
                .Append(", line: ").Append((line + 1).ToString(CultureInfo.InvariantCulture))
                .Append(", quote: ").Append(Quote(quote)).Append("}\n");
        }
    }

    /// <summary>Plain words of the vocabulary, one space apart.</summary>
    private static string Words(Random rng, int count) =>
        string.Join(" ", Enumerable.Range(0, count).Select(_ => Pick(rng, Vocabulary)));

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

    /// <summary>A quantity in one of the forms of docs/fact-files.md §3, and how a quote says it (the numbers, with or without thousands separators, or the word).</summary>
    private static (string Yaml, string Words) Quantity(Random rng)
    {
        var n = (1 + rng.Next(60)) * 50;
        var separators = rng.Next(2) == 0;
        string Say(int x) => x.ToString(separators ? "N0" : "D", CultureInfo.InvariantCulture);
        string Digits(int x) => x.ToString(CultureInfo.InvariantCulture);
        switch (rng.Next(7))
        {
            case 0: return (Digits(n), Say(n));
            case 1: return ("~" + Digits(n), "around " + Say(n));
            case 2: return ("\">=" + Digits(n) + "\"", "at least " + Say(n));
            case 3: return ("\"<=" + Digits(n) + "\"", "up to " + Say(n));
            case 4: return (Digits(n) + ".." + Digits(n * 2), "between " + Say(n) + " and " + Say(n * 2));
            case 5:
                var word = Pick(rng, new[] { "dozens", "hundreds", "thousands" });
                return (word, word);
            default: return ("~" + Digits(n * 10), "some " + Say(n * 10));
        }
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

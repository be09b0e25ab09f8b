using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace FactsGen.Bench.YamlLoader;

/// <summary>Reads every fact file with YamlDotNet into plain classes and finds an actor by id, as an app without FactsGen would at start-up.</summary>
public static class YamlFacts
{
    /// <summary>The actor with the given id from the fact files in <paramref name="factsDirectory"/>, or null.</summary>
    /// <param name="factsDirectory">The folder of the fact files (<c>*.yaml</c>).</param>
    /// <param name="id">The actor's id.</param>
    /// <returns>The actor, or null.</returns>
    public static ActorDto? FindActor(string factsDirectory, string id)
    {
        var deserializer = new DeserializerBuilder().WithNamingConvention(HyphenatedNamingConvention.Instance).Build();
        var byId = new Dictionary<string, ActorDto>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(factsDirectory, "*.yaml").Order(StringComparer.Ordinal))
        {
            var document = deserializer.Deserialize<FactDocument>(File.ReadAllText(file));
            foreach (var actor in document?.Actors ?? [])
            {
                byId[actor.Id] = actor;
            }
        }

        return byId.TryGetValue(id, out var found) ? found : null;
    }
}

// Plain classes a consumer would write to load the fact files at run time.
#pragma warning disable SA1402
public sealed class FactDocument
{
    public List<ArticleDto>? Articles { get; set; }

    public List<ActorDto>? Actors { get; set; }

    public List<DeploymentDto>? Deployments { get; set; }

    public List<SanctionDto>? Sanctions { get; set; }

    public List<EventDto>? Events { get; set; }

    public List<StatementDto>? Statements { get; set; }

    // The kinds' declarations, kept as they are: a consumer reading YAML at run time has its own classes.
    public List<Dictionary<string, object>>? Kinds { get; set; }
}

public sealed class ArticleDto
{
    public string Id { get; set; } = string.Empty;

    public string File { get; set; } = string.Empty;

    public string? Title { get; set; }

    public string? Publisher { get; set; }

    public string? Published { get; set; }

    public string? Url { get; set; }
}

public sealed class CitationDto
{
    public string Article { get; set; } = string.Empty;

    public int Line { get; set; }

    public string Quote { get; set; } = string.Empty;
}

public sealed class ActorDto
{
    public string Id { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string Kind { get; set; } = string.Empty;

    public string? Role { get; set; }

    public string? Country { get; set; }

    public List<string>? Aliases { get; set; }

    public List<string>? AffiliatedWith { get; set; }

    public List<CitationDto> Sources { get; set; } = [];
}

public sealed class DeploymentDto
{
    public string Id { get; set; } = string.Empty;

    public string Actor { get; set; } = string.Empty;

    public string Location { get; set; } = string.Empty;

    public List<string>? Countries { get; set; }

    public string? Strength { get; set; }

    public string? Personnel { get; set; }

    public string? Purpose { get; set; }

    public string? Since { get; set; }

    public string? AsOf { get; set; }

    public string? Certainty { get; set; }

    public List<string>? AttributedTo { get; set; }

    public List<CitationDto> Sources { get; set; } = [];
}

public sealed class SanctionDto
{
    public string Id { get; set; } = string.Empty;

    public string ImposedBy { get; set; } = string.Empty;

    public List<string> Targets { get; set; } = [];

    public string? OrderedBy { get; set; }

    public string? Through { get; set; }

    public List<string>? Instruments { get; set; }

    public string? Reason { get; set; }

    public string? Date { get; set; }

    public string? Certainty { get; set; }

    public List<string>? AttributedTo { get; set; }

    public List<CitationDto> Sources { get; set; } = [];
}

public sealed class EventDto
{
    public string Id { get; set; } = string.Empty;

    public string Kind { get; set; } = string.Empty;

    public string? Date { get; set; }

    public string? Location { get; set; }

    public List<string>? Countries { get; set; }

    public List<string>? Actors { get; set; }

    public string? Sanction { get; set; }

    public string? Casualties { get; set; }

    public string Description { get; set; } = string.Empty;

    public string? Certainty { get; set; }

    public List<CitationDto> Sources { get; set; } = [];
}

public sealed class StatementDto
{
    public string Id { get; set; } = string.Empty;

    public string Speaker { get; set; } = string.Empty;

    public string Mode { get; set; } = string.Empty;

    public string Text { get; set; } = string.Empty;

    public string? Date { get; set; }

    public string? Medium { get; set; }

    public List<string>? Audience { get; set; }

    public List<string>? About { get; set; }

    public string? Event { get; set; }

    public string? Certainty { get; set; }

    public List<CitationDto> Sources { get; set; } = [];
}
#pragma warning restore SA1402

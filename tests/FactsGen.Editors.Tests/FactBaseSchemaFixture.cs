namespace FactsGen.Editors.Tests;

/// <summary>
/// One <see cref="YamlLanguageServer"/> with the extension's schema contributor, for
/// <see cref="FactBaseSchemaTests"/>: each test publishes the schema it needs (under a new URI, as the
/// extension does) before it opens its document. The real fact base's schema is written once: every
/// test that reads it gets the same output of the same <c>factsgen schema facts</c>.
/// </summary>
public sealed class FactBaseSchemaFixture : IAsyncLifetime
{
    private readonly Lazy<Task<string>> _factBaseSchema = new(() => FactsGenSchema.WriteAsync(RepoPaths.Facts));

    public ContributedSchemas Contributed { get; } = new();

    public YamlLanguageServer Server { get; private set; } = null!;

    /// <summary><c>factsgen schema</c> of the repository's facts/ folder, declared kinds included.</summary>
    public Task<string> FactBaseSchemaAsync() => _factBaseSchema.Value;

    public async Task InitializeAsync() => Server = await YamlLanguageServer.StartAsync(Contributed);

    public async Task DisposeAsync()
    {
        if (Server is not null)
        {
            await Server.DisposeAsync();
        }
    }
}

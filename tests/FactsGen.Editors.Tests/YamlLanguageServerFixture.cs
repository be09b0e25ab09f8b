namespace FactsGen.Editors.Tests;

/// <summary>
/// One <see cref="YamlLanguageServer"/> for a test class whose documents find the schema through their
/// modeline: no contributor, no schema associations.
/// </summary>
public sealed class YamlLanguageServerFixture : IAsyncLifetime
{
    public YamlLanguageServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await YamlLanguageServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (Server is not null)
        {
            await Server.DisposeAsync();
        }
    }
}

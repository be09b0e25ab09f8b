using System.CommandLine;
using System.IO;

namespace FactsGen.Cli.Commands;

/// <summary>The <c>&lt;folder&gt;</c> every fact-base command takes: one existing folder, checked while parsing so a wrong one is a usage error (exit 2).</summary>
internal static class FolderArgument
{
    public static Argument<string> Create(CliContext context, string description)
    {
        var argument = new Argument<string>("folder") { Description = description };
        argument.Validators.Add(result =>
        {
            var folder = result.GetValueOrDefault<string>();
            if (string.IsNullOrEmpty(folder))
            {
                return;
            }

            var full = context.FullPath(folder);
            if (!Directory.Exists(full))
            {
                result.AddError(File.Exists(full) ? $"'{folder}' is a file; give the folder of the fact base" : $"folder '{folder}' does not exist");
            }
        });
        return argument;
    }
}

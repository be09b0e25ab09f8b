using System;
using FactsGen.Cli;

return CliApp.Run(args, Console.Out, Console.Error, Environment.CurrentDirectory, ProgressReporter.ForConsole());

using System;
using ConsumerSample;

// Thin entry point: everything testable lives in App, Briefing, ArticleReport and FactBase.
return App.Run(args, Console.Out, Console.Error);

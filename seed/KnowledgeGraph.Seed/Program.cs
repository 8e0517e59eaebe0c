using KnowledgeGraph.Seed;

return await SeedCommandLine.Build().Parse(args).InvokeAsync().ConfigureAwait(false);

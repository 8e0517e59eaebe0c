using System.CommandLine;
using KnowledgeGraph.Store.Neo4j;

namespace KnowledgeGraph.Seed;

/// <summary>The command line: <c>validate</c>, <c>import</c> (into SQLite or Neo4j), <c>export</c>, <c>stats</c>, <c>docs</c>, <c>generate</c> and <c>apikey</c>.</summary>
public static class SeedCommandLine
{
    /// <summary>Builds the root command.</summary>
    public static RootCommand Build()
    {
        var data = new Option<string?>("--data") { Description = "Directory of dataset YAML files (default: seed/data of this repository).", Recursive = true };
        var corpus = new Option<string?>("--corpus") { Description = "Directory of the source documents, to check quotes (default: ../shared/corpus when found).", Recursive = true };
        var db = new Option<string?>("--db") { Description = "The SQLite database file (default: the API's default file).", Recursive = true };
        var check = new Option<bool>("--check") { Description = "Do not write docs/dataset.md; fail when it is out of date." };
        var output = new Option<string?>("--output") { Description = "The dataset document to write (default: docs/dataset.md of this repository)." };
        var target = new Option<string>("--target") { Description = "Where to import: sqlite (default) or neo4j.", DefaultValueFactory = _ => "sqlite" };
        target.AcceptOnlyFromAmong("sqlite", "neo4j");

        // Neo4j's address and credentials; left out, they come from NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD and NEO4J_DATABASE.
        var neo4jUri = new Option<string?>("--neo4j-uri") { Description = "Neo4j's HTTP address (http://host:7474) or neo4j(+s)://host (default: NEO4J_URI, else http://localhost:7474)." };
        var neo4jUser = new Option<string?>("--neo4j-user") { Description = "Neo4j user (default: NEO4J_USER, else neo4j)." };
        var neo4jPassword = new Option<string?>("--neo4j-password") { Description = "Neo4j password (default: NEO4J_PASSWORD; prefer the variable, which stays out of the shell history)." };
        var neo4jDatabase = new Option<string?>("--neo4j-database") { Description = "Neo4j database (default: NEO4J_DATABASE, else neo4j)." };
        var format = new Option<string>("--format") { Description = "The export format: cypher (constraints, then batched MERGE statements).", DefaultValueFactory = _ => "cypher" };
        format.AcceptOnlyFromAmong([.. SeedNeo4jCommands.Formats]);
        var exportOutput = new Option<string?>("--output", "-o") { Description = "The file to write (default: standard output)." };

        var root = new RootCommand("The occupational-safety knowledge graph's dataset: validate it, import it, count it.");
        root.Options.Add(data);
        root.Options.Add(corpus);
        root.Options.Add(db);

        var validate = new Command("validate", "Check the whole dataset; report every error with file and line; write nothing.");
        validate.SetAction((r, ct) => Run(r, c => SeedCommands.ValidateAsync(c, Console.Out, Console.Error, ct)));
        var import = new Command("import", "Validate, then make the SQLite store (or with --target neo4j, a Neo4j database) match the dataset exactly, in one transaction.");
        import.Options.Add(target);
        import.Options.Add(neo4jUri);
        import.Options.Add(neo4jUser);
        import.Options.Add(neo4jPassword);
        import.Options.Add(neo4jDatabase);
        import.SetAction((r, ct) => Run(r, c => r.GetValue(target) == "neo4j"
            ? SeedNeo4jCommands.ImportAsync(
                c,
                new Neo4jStoreOptions { Uri = r.GetValue(neo4jUri), User = r.GetValue(neo4jUser), Password = r.GetValue(neo4jPassword), Database = r.GetValue(neo4jDatabase) }.WithEnvironmentFallbacks(),
                Console.Out,
                Console.Error,
                ct)
            : SeedCommands.ImportAsync(c, Console.Out, Console.Error, ct)));
        var export = new Command("export", "Validate, then write the dataset for another tool: --format cypher gives the constraints and batched MERGE statements (cypher-shell -f, or paste into Neo4j Browser).");
        export.Options.Add(format);
        export.Options.Add(exportOutput);
        export.SetAction((r, ct) => Run(r, c => SeedNeo4jCommands.ExportAsync(c, r.GetValue(format)!, r.GetValue(exportOutput), Console.Out, Console.Error, ct)));
        var stats = new Command("stats", "Print node and relationship counts per source document, label and type.");
        stats.SetAction((r, ct) => Run(r, c => SeedCommands.StatsAsync(c, Console.Out, Console.Error, ct)));
        var docs = new Command("docs", "Regenerate the counts in docs/dataset.md from the dataset.");
        docs.Options.Add(check);
        docs.Options.Add(output);
        docs.SetAction((r, ct) => Run(r, c => SeedCommands.DocsAsync(c, r.GetValue(output), r.GetValue(check), Console.Out, Console.Error, ct)));

        var nodes = new Option<int>("--nodes") { Description = "How many nodes to generate (at least 50).", Required = true };
        var relationships = new Option<int?>("--relationships") { Description = "How many relationships (default: the curated graph's relationships per node)." };
        var seed = new Option<int>("--seed") { Description = "The random seed; the same seed gives the same files.", DefaultValueFactory = _ => 1 };
        var generateOutput = new Option<string>("--output") { Description = "The directory to write the dataset (and its corpus/ of source texts) into.", Required = true };
        var generate = new Command("generate", "Write a synthetic dataset shaped like the curated one (label mix, degrees, evidence sizes), for benchmarks.");
        generate.Options.Add(nodes);
        generate.Options.Add(relationships);
        generate.Options.Add(seed);
        generate.Options.Add(generateOutput);
        generate.SetAction((r, ct) => SeedCommands.GenerateAsync(
            r.GetValue(nodes), r.GetValue(relationships), r.GetValue(seed), r.GetValue(generateOutput)!, Console.Out, Console.Error, ct));

        root.Subcommands.Add(validate);
        root.Subcommands.Add(import);
        root.Subcommands.Add(export);
        root.Subcommands.Add(stats);
        root.Subcommands.Add(docs);
        root.Subcommands.Add(ApiKeyCommand.Build());
        root.Subcommands.Add(generate);
        return root;

        // Bad paths are usage errors (exit 2) with a plain message, not a stack trace.
        async Task<int> Run(ParseResult r, Func<SeedContext, Task<int>> command)
        {
            SeedContext context;
            try
            {
                context = SeedContext.Resolve(r.GetValue(data), r.GetValue(corpus), r.GetValue(db));
            }
            catch (DirectoryNotFoundException e)
            {
                await Console.Error.WriteLineAsync(e.Message).ConfigureAwait(false);
                return 2;
            }

            return await command(context).ConfigureAwait(false);
        }
    }
}

using KnowledgeGraph.Graph;
using KnowledgeGraph.Store.Neo4j;

namespace KnowledgeGraph.Seed;

/// <summary>The commands that speak Neo4j: <c>export --format cypher</c> and <c>import --target neo4j</c>.</summary>
public static class SeedNeo4jCommands
{
    /// <summary>The export formats.</summary>
    public static IReadOnlyList<string> Formats { get; } = ["cypher"];

    /// <summary>
    /// <c>export --format cypher</c>: the constraints and indexes of graph-schema/schema.cypher, then the validated
    /// dataset as batched <c>MERGE</c> statements, to <paramref name="outputPath"/> or standard output; loadable as it
    /// is with <c>cypher-shell -f</c> or pasted into Neo4j Browser.
    /// </summary>
    public static async Task<int> ExportAsync(SeedContext context, string format, string? outputPath, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        if (!Formats.Contains(format, StringComparer.OrdinalIgnoreCase))
        {
            await errors.WriteLineAsync($"Unknown format '{format}'; use one of: {string.Join(", ", Formats)}.").ConfigureAwait(false);
            return 2;
        }

        // Progress goes to the error stream when the script itself goes to standard output.
        var log = outputPath is null ? errors : output;
        var result = SeedCommands.Load(context, log, errors);
        if (!result.IsValid)
        {
            return 1;
        }

        if (outputPath is null)
        {
            CypherExport.Write(result.Dataset!, CypherStatements.SchemaScript, output);
            return 0;
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(outputPath))!;
        if (!Directory.Exists(directory))
        {
            await errors.WriteLineAsync($"Output directory not found: {directory}").ConfigureAwait(false);
            return 2;
        }

        // Written beside the target first, so a failure never leaves half a script under the target's name.
        var temporary = outputPath + ".tmp";
        await using (var writer = new StreamWriter(temporary))
        {
            CypherExport.Write(result.Dataset!, CypherStatements.SchemaScript, writer);
        }

        cancellationToken.ThrowIfCancellationRequested();
        File.Move(temporary, outputPath, overwrite: true);
        await output.WriteLineAsync($"Wrote {outputPath}: {result.Dataset!.Nodes.Count} nodes, {result.Dataset.Relationships.Count} relationships as Cypher.").ConfigureAwait(false);
        return 0;
    }

    /// <summary>
    /// <c>import --target neo4j</c>: validates, creates the schema, then makes the Neo4j database match the dataset
    /// exactly, in one transaction. An unreachable server or refused credentials is a plain message and exit code 3.
    /// </summary>
    public static async Task<int> ImportAsync(SeedContext context, Neo4jStoreOptions options, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        var result = SeedCommands.Load(context, output, errors);
        if (!result.IsValid)
        {
            return 1;
        }

        using var store = new Neo4jGraphStore(options);
        try
        {
            await store.InitializeAsync(cancellationToken).ConfigureAwait(false);
            var import = await store.ImportAsync(result.Dataset!, result.ContentHash, cancellationToken).ConfigureAwait(false);
            await output.WriteLineAsync($"Imported into Neo4j at {store.BaseAddress} (database {options.Database}): {result.Dataset!.Nodes.Count} nodes, {result.Dataset.Relationships.Count} relationships.").ConfigureAwait(false);
            await output.WriteLineAsync(SeedCommands.Describe(import)).ConfigureAwait(false);
            return 0;
        }
        catch (StoreUnavailableException e)
        {
            await errors.WriteLineAsync(e.Message + " Nothing was imported.").ConfigureAwait(false);
            return 3;
        }
        catch (Neo4jServerException e)
        {
            await errors.WriteLineAsync($"Neo4j refused the import ({e.Message}); nothing was imported.").ConfigureAwait(false);
            return 3;
        }
    }
}

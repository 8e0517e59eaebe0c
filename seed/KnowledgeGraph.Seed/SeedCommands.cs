using KnowledgeGraph.Dataset;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Store.Sqlite;

namespace KnowledgeGraph.Seed;

/// <summary>The commands. Each returns the process exit code: 0 success, 1 invalid dataset or stale docs, 2 usage.</summary>
public static class SeedCommands
{
    /// <summary>Loads and validates; prints every error.</summary>
    internal static DatasetLoadResult Load(SeedContext context, TextWriter output, TextWriter errors)
    {
        var files = context.Files();
        output.WriteLine($"Dataset: {context.DataDirectory ?? "(built in)"} — {files.Count} files");
        output.WriteLine(context.CorpusDirectory is null
            ? "Corpus: not found — quotes are not checked against the source texts (pass --corpus)."
            : $"Corpus: {context.CorpusDirectory} — quotes are checked verbatim.");
        var result = DatasetLoader.Load(files, context.CorpusDirectory);
        foreach (var error in result.Errors)
        {
            errors.WriteLine(error);
        }

        if (!result.IsValid)
        {
            errors.WriteLine($"{result.Errors.Count} error(s); nothing was written.");
        }

        return result;
    }

    /// <summary><c>validate</c>.</summary>
    public static Task<int> ValidateAsync(SeedContext context, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        _ = cancellationToken;
        var result = Load(context, output, errors);
        if (result.IsValid)
        {
            output.WriteLine($"Valid: {result.Dataset!.Nodes.Count} nodes, {result.Dataset.Relationships.Count} relationships (content hash {result.ContentHash[..12]}).");
        }

        return Task.FromResult(result.IsValid ? 0 : 1);
    }

    /// <summary><c>import</c>.</summary>
    public static async Task<int> ImportAsync(SeedContext context, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        var result = Load(context, output, errors);
        if (!result.IsValid)
        {
            return 1;
        }

        using var store = new SqliteGraphStore(new SqliteStoreOptions { Path = context.DatabasePath });
        await store.InitializeAsync(cancellationToken).ConfigureAwait(false);
        var import = await store.ImportAsync(result.Dataset!, result.ContentHash, cancellationToken).ConfigureAwait(false);
        output.WriteLine($"Imported into {store.FilePath}: {result.Dataset!.Nodes.Count} nodes, {result.Dataset.Relationships.Count} relationships.");
        output.WriteLine(Describe(import));
        return 0;
    }

    /// <summary>What an import changed, in one line.</summary>
    public static string Describe(ImportResult import) => import.Unchanged
        ? "The store already matched the dataset; nothing changed."
        : $"Nodes: {import.NodesAdded} added, {import.NodesUpdated} updated, {import.NodesRemoved} removed. " +
          $"Relationships: {import.RelationshipsAdded} added, {import.RelationshipsUpdated} updated, {import.RelationshipsRemoved} removed.";

    /// <summary><c>stats</c>.</summary>
    public static Task<int> StatsAsync(SeedContext context, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        _ = cancellationToken;
        var result = Load(context, output, errors);
        if (!result.IsValid)
        {
            return Task.FromResult(1);
        }

        var report = new DatasetReport(result.Dataset!);
        output.WriteLine($"{result.Dataset!.Nodes.Count} nodes, {result.Dataset.Relationships.Count} relationships");
        foreach (var source in report.Sources)
        {
            var nodes = report.NodesFrom(source.Id);
            var rels = report.RelationshipsFrom(source.Id);
            output.WriteLine();
            output.WriteLine($"{source.Id} ({source.Get("file") ?? source.Get("kind")}): {nodes.Values.Sum()} nodes, {rels.Values.Sum()} relationships");
            output.WriteLine("  nodes:         " + string.Join(", ", nodes.Select(c => $"{c.Key} {c.Value}")));
            output.WriteLine("  relationships: " + string.Join(", ", rels.Select(c => $"{c.Key} {c.Value}")));
        }

        return Task.FromResult(0);
    }

    /// <summary><c>docs</c>: rewrites the generated part of docs/dataset.md, or with <c>--check</c> fails when it is stale.</summary>
    public static async Task<int> DocsAsync(SeedContext context, string? outputPath, bool check, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        var result = Load(context, output, errors);
        if (!result.IsValid)
        {
            return 1;
        }

        var path = outputPath ?? (context.RepositoryRoot is { } root ? Path.Combine(root, "docs", "dataset.md") : null);
        if (path is null)
        {
            errors.WriteLine("Not inside the repository: pass --output.");
            return 2;
        }

        var current = File.Exists(path) ? await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false) : string.Empty;
        var updated = new DatasetReport(result.Dataset!).ApplyTo(current);
        if (check)
        {
            if (current == updated)
            {
                output.WriteLine($"{path} is up to date.");
                return 0;
            }

            errors.WriteLine($"{path} is out of date: run `dotnet run --project seed/KnowledgeGraph.Seed -- docs`.");
            return 1;
        }

        await File.WriteAllTextAsync(path, updated, cancellationToken).ConfigureAwait(false);
        output.WriteLine($"Wrote {path}.");
        return 0;
    }

    /// <summary><c>generate</c>: a synthetic dataset shaped like the built-in curated one.</summary>
    public static async Task<int> GenerateAsync(
        int nodes, int? relationships, int seed, string outputDirectory, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        if (nodes < 50 || relationships < 0)
        {
            await errors.WriteLineAsync("--nodes must be at least 50 and --relationships not negative.").ConfigureAwait(false);
            return 2;
        }

        var template = DatasetLoader.Load(DatasetFiles.Embedded(), null);
        var graph = SyntheticGraph.Generate(template.Dataset!, nodes, relationships, seed);
        var files = await SyntheticWriter.WriteAsync(graph, outputDirectory, cancellationToken).ConfigureAwait(false);
        await output.WriteLineAsync(
            $"Wrote {graph.Dataset.Nodes.Count} nodes and {graph.Dataset.Relationships.Count} relationships in {files} files to {outputDirectory}; " +
            $"check quotes with --corpus {Path.Combine(outputDirectory, "corpus")}.").ConfigureAwait(false);
        return 0;
    }
}

using System.Diagnostics;
using System.Text.Json;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Tests;

/// <summary>Runs tests/tools/cypher-lint.mjs (Neo4j's own Cypher linter) over named statements.</summary>
internal static class CypherLinter
{
    public const string Package = "@neo4j-cypher/language-support";

    public sealed record Finding(string Name, string Version, string Severity, string Message, int Line, int Column)
    {
        public override string ToString() => $"{Name} [{Version}] {Severity} at {Line}:{Column}: {Message}";
    }

    public static async Task<IReadOnlyList<Finding>> LintAsync(IEnumerable<(string Name, string Statement, IReadOnlyDictionary<string, object?> Parameters)> statements)
    {
        var input = new
        {
            labels = Ontology.Labels.Select(l => l.Name).Append("Entity").Append("Meta").ToArray(),
            relationshipTypes = Ontology.RelationshipTypes.ToArray(),
            // from, to and props are keys of the import's parameter rows (row.from ...), not stored properties.
            propertyKeys = new[] { "id", "name", "description", "aliases", "evidenceSources", "evidenceQuotes", "key", "value", "role", "title", "from", "to", "props" }
                .Concat(Ontology.Labels.SelectMany(l => l.Properties).Select(p => p.Name)).Distinct().ToArray(),
            statements = statements.Select(s => new { name = s.Name, statement = s.Statement, parameters = s.Parameters }).ToArray(),
        };
        var file = Path.Combine(Path.GetTempPath(), "kg-cypher-lint-" + Guid.NewGuid().ToString("N") + ".json");
        await File.WriteAllTextAsync(file, JsonSerializer.Serialize(input));
        try
        {
            var start = new ProcessStartInfo(NodeTools.Node!)
            {
                WorkingDirectory = NodeTools.TestsDirectory!,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            start.ArgumentList.Add(NodeTools.Tool("cypher-lint.mjs"));
            start.ArgumentList.Add(file);
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"cypher-lint.mjs failed ({process.ExitCode}): {await stderr}");
            }

            return JsonSerializer.Deserialize<Finding[]>(await stdout, new JsonSerializerOptions(JsonSerializerDefaults.Web)) ?? [];
        }
        finally
        {
            File.Delete(file);
        }
    }
}

namespace KnowledgeGraph.Api;

/// <summary>The text of graph-schema/schema.cypher, embedded in this assembly so the Cypher export needs no file beside the binary.</summary>
public static class CypherSchema
{
    /// <summary>The embedded resource's name.</summary>
    public const string ResourceName = "KnowledgeGraph.Api.schema.cypher";

    private static readonly Lazy<string> Lazy = new(() =>
    {
        using var stream = typeof(CypherSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The resource {ResourceName} is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>The constraints and indexes, as Cypher statements.</summary>
    public static string Text => Lazy.Value;
}

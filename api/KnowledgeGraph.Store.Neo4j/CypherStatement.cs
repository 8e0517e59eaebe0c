namespace KnowledgeGraph.Store.Neo4j;

/// <summary>One parameterised Cypher statement, as sent to Neo4j.</summary>
/// <param name="Text">The Cypher text: labels, types and property names come from the ontology only, values from parameters only.</param>
/// <param name="Parameters">The parameter values by name (strings, numbers, booleans, lists and maps).</param>
public sealed record CypherStatement(string Text, IReadOnlyDictionary<string, object?> Parameters)
{
    /// <summary>A statement without parameters.</summary>
    public CypherStatement(string text)
        : this(text, new Dictionary<string, object?>())
    {
    }
}

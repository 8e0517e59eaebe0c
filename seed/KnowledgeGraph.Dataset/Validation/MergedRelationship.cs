using System.Collections.ObjectModel;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Dataset;

/// <summary>A relationship's entries from every file, merged: properties must agree, evidence adds up.</summary>
/// <remarks>Keeps only what later checks need of the first entry, so the entries can go once merged.</remarks>
internal sealed class MergedRelationship(RelationshipEntry first)
{
    public string From { get; } = first.Key.From;

    public string Type { get; } = first.Key.Type;

    public string To { get; } = first.Key.To;

    /// <summary>Where the first entry's mapping starts.</summary>
    public Location At { get; } = first.At;

    /// <summary>The first entry's allowed shape (<see cref="RelationshipEntry.Definition"/>).</summary>
    public RelationshipDefinition? Definition { get; } = first.Definition;

    /// <summary>The properties given in any file; null while there are none (most relationships have none).</summary>
    public Dictionary<string, Located>? Properties { get; private set; }

    public EvidenceList Evidence { get; } = new();

    /// <summary>How messages name it: <c>from -TYPE-> to</c>.</summary>
    public string Subject => $"{From} -{Type}-> {To}";

    public Located? Property(string key) => Properties?.GetValueOrDefault(key);

    public void Add(string key, Located value) => (Properties ??= new(StringComparer.Ordinal))[key] = value;

    public GraphRelationship ToGraphRelationship()
    {
        IReadOnlyDictionary<string, string> properties = Properties is null
            ? ReadOnlyDictionary<string, string>.Empty
            : Properties.ToDictionary(p => p.Key, p => p.Value.Value, StringComparer.Ordinal);
        return new GraphRelationship(Type, From, To, properties, Evidence.Items);
    }
}

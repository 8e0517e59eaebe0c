using System.Collections.ObjectModel;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Dataset;

/// <summary>A relationship's entries from every file, merged: properties must agree, evidence adds up.</summary>
internal sealed class MergedRelationship(RelationshipEntry first)
{
    public RelationshipEntry First { get; } = first;

    /// <summary>The properties given in any file; null while there are none (most relationships have none).</summary>
    public Dictionary<string, Located>? Properties { get; private set; }

    public EvidenceList Evidence { get; } = new();

    public Located? Property(string key) => Properties?.GetValueOrDefault(key);

    public void Add(string key, Located value) => (Properties ??= new(StringComparer.Ordinal))[key] = value;

    public GraphRelationship ToGraphRelationship()
    {
        var (from, type, to) = First.Key;
        IReadOnlyDictionary<string, string> properties = Properties is null
            ? ReadOnlyDictionary<string, string>.Empty
            : Properties.ToDictionary(p => p.Key, p => p.Value.Value, StringComparer.Ordinal);
        return new GraphRelationship(type, from, to, properties, Evidence.Items);
    }
}

using KnowledgeGraph.Dataset;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.StoreWorker;

/// <summary>Two different full datasets the worker alternates between: the curated one (A) and a variant of it (B).</summary>
public static class CrashDatasets
{
    /// <summary>The curated dataset.</summary>
    public static GraphDataset A() => DatasetLoader.Load(DatasetFiles.Embedded(), null).Dataset
        ?? throw new InvalidOperationException("The built-in dataset does not load.");

    /// <summary>A differs from B in every node's name, a missing tail of nodes and their relationships.</summary>
    public static GraphDataset B()
    {
        var a = A();
        var kept = a.Nodes.Take(a.Nodes.Count - 40).Select(n => n with { Name = n.Name + " (B)" }).ToList();
        var ids = kept.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        return new GraphDataset(kept, a.Relationships.Where(r => ids.Contains(r.From) && ids.Contains(r.To)).ToList());
    }
}

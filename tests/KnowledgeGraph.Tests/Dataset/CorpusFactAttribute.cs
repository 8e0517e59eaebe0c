using KnowledgeGraph.Dataset;
using Xunit;

namespace KnowledgeGraph.Tests;

/// <summary>
/// A fact that needs the source documents (<c>../shared/corpus</c>). xunit 2 has no dynamic skip, so the skip
/// reason is decided when the attribute is built: found means run, not found means skipped with the reason.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class CorpusFactAttribute : FactAttribute
{
    public CorpusFactAttribute()
    {
        if (CorpusLocator.Find(null) is null)
        {
            Skip = $"../shared/corpus not found: no shared/corpus above {Directory.GetCurrentDirectory()} or {AppContext.BaseDirectory}, so quotes cannot be checked against the source texts";
        }
    }
}

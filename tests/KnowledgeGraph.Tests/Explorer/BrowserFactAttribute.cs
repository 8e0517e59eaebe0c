using Xunit;

namespace KnowledgeGraph.Tests;

/// <summary>
/// A fact that drives a real browser with playwright-core: it runs when node, tests/node_modules/playwright-core
/// and Chromium are all present, and is otherwise skipped with the reason (xunit 2 decides skips when the
/// attribute is built).
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if ((NodeTools.MissingReason("playwright-core") ?? Chromium.MissingReason) is { } reason)
        {
            Skip = reason;
        }
    }
}

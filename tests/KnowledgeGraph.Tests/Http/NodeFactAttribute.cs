using Xunit;

namespace KnowledgeGraph.Tests;

/// <summary>
/// A fact that runs a Node tool needing an npm package of <c>tests/package.json</c>. xunit 2 has no dynamic skip,
/// so the attribute decides when it is built: node and the package found means run, otherwise skipped with the reason.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class NodeFactAttribute : FactAttribute
{
    public NodeFactAttribute(string package)
    {
        Package = package;
        if (NodeTools.MissingReason(package) is { } reason)
        {
            Skip = reason;
        }
    }

    /// <summary>The npm package the test needs.</summary>
    public string Package { get; }
}

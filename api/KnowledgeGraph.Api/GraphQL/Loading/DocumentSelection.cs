using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using GraphQLParser.AST;

namespace KnowledgeGraph.Api;

/// <summary>
/// Which fields a document selects anywhere (fragments included), so a coverage read leaves out what nobody asked
/// for: path <c>steps</c> (for a hub disease, thousands of relationships with evidence) and the programs' long texts.
/// Looking at the whole document keeps it simple and safe: merged fields and fragments cannot hide a selection.
/// </summary>
internal static class DocumentSelection
{
    // The node fields an outline (GraphNode.IsOutline) cannot answer.
    private static readonly string[] OutlineGaps = ["description", "aliases", "evidence"];

    // Parsed documents are cached and reused, so each is walked once.
    private static readonly ConditionalWeakTable<GraphQLDocument, FrozenSet<string>> Known = new();

    /// <summary>Whether the document selects path steps anywhere.</summary>
    public static bool SelectsSteps(GraphQLDocument document) => FieldsOf(document).Contains("steps");

    /// <summary>Whether every node the document can reach may be an outline: it selects no description, aliases or evidence anywhere.</summary>
    public static bool AllowsOutlines(GraphQLDocument document)
    {
        var fields = FieldsOf(document);
        return !Array.Exists(OutlineGaps, fields.Contains);
    }

    private static FrozenSet<string> FieldsOf(GraphQLDocument document) =>
        Known.GetValue(document, static d =>
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var definition in d.Definitions)
            {
                Collect(definition switch
                {
                    GraphQLOperationDefinition operation => operation.SelectionSet,
                    GraphQLFragmentDefinition fragment => fragment.SelectionSet,
                    _ => null,
                }, names);
            }

            return names.ToFrozenSet(StringComparer.Ordinal);
        });

    private static void Collect(GraphQLSelectionSet? set, HashSet<string> names)
    {
        if (set is null)
        {
            return;
        }

        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    names.Add(field.Name.StringValue);
                    Collect(field.SelectionSet, names);
                    break;
                case GraphQLInlineFragment inline:
                    Collect(inline.SelectionSet, names);
                    break;
            }
        }
    }
}

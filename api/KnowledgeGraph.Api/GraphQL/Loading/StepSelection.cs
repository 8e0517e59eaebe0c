using System.Runtime.CompilerServices;
using GraphQLParser.AST;

namespace KnowledgeGraph.Api;

/// <summary>
/// Whether a document selects path <c>steps</c> anywhere (fragments included). Coverage without them is read
/// without its relationships: for a hub disease that is thousands of rows with evidence that nobody asked for.
/// Looking at the whole document keeps it simple and safe: merged fields and fragments cannot hide a selection.
/// </summary>
internal static class StepSelection
{
    // Parsed documents are cached and reused, so each is walked once.
    private static readonly ConditionalWeakTable<GraphQLDocument, StrongBox<bool>> Known = new();

    public static bool Selects(GraphQLDocument document) =>
        Known.GetValue(document, static d => new StrongBox<bool>(d.Definitions.Any(definition => definition switch
        {
            GraphQLOperationDefinition operation => Selects(operation.SelectionSet),
            GraphQLFragmentDefinition fragment => Selects(fragment.SelectionSet),
            _ => false,
        }))).Value;

    private static bool Selects(GraphQLSelectionSet? set) =>
        set is not null && set.Selections.Any(selection => selection switch
        {
            GraphQLField field => field.Name.Value.Span.SequenceEqual("steps") || Selects(field.SelectionSet),
            GraphQLInlineFragment inline => Selects(inline.SelectionSet),
            _ => false,
        });
}

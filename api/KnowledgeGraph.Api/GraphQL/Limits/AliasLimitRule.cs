using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api;

/// <summary>
/// Refuses operations with more aliased or repeated fields than <see cref="LimitsOptions.MaxAliases"/>: aliases
/// let one small query ask for the same expensive field hundreds of times (OWASP's "alias overloading").
/// </summary>
public sealed class AliasLimitRule(IOptions<LimitsOptions> limits) : ValidationRuleBase
{
    /// <inheritdoc />
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var count = 0;
        var max = limits.Value.MaxAliases;
        return new ValueTask<INodeVisitor?>(new NodeVisitors(
            new MatchingNodeVisitor<GraphQLSelectionSet>((set, _) =>
            {
                // Aliases, plus fields repeated under the same response name in one selection set.
                var fields = set.Selections.OfType<GraphQLField>().ToList();
                count += fields.Count(f => f.Alias is not null);
                count += fields.Count - fields.Select(f => (f.Alias?.Name ?? f.Name).StringValue).Distinct().Count();
            }),
            new MatchingNodeVisitor<GraphQLDocument>(leave: (_, ctx) =>
            {
                if (count > max)
                {
                    ctx.ReportError(new QueryTooComplexError($"The query uses {count} aliased or repeated fields; at most {max} are allowed."));
                }
            })));
    }
}

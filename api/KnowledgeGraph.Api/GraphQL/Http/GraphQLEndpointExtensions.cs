using System.Diagnostics.CodeAnalysis;

namespace KnowledgeGraph.Api;

/// <summary>Maps the GraphQL endpoint and the GraphiQL assets it serves to browsers.</summary>
public static class GraphQLEndpointExtensions
{
    /// <summary>
    /// Maps the GraphQL-over-HTTP endpoint at <paramref name="pattern"/> and serves GraphiQL's local assets under
    /// <c>/graphiql/</c>. Returns the endpoint's builder, for authorization, rate limiting or CORS.
    /// </summary>
    public static IEndpointConventionBuilder MapGraphQLEndpoint(this WebApplication app, [StringSyntax("Route")] string pattern = "/graphql")
    {
        GraphiQLPage.UseAssets(app);
        return app.Map(pattern, GraphQLHttpEndpoint.HandleAsync).WithDisplayName("GraphQL");
    }
}

namespace KnowledgeGraph.Api;

/// <summary>The media types of the GraphQL-over-HTTP specification.</summary>
public static class GraphQLMediaTypes
{
    /// <summary>The specification's own response type; lets the status code tell request errors from results.</summary>
    public const string GraphQLResponse = "application/graphql-response+json";

    /// <summary>The legacy response type and the only request body type: every well-formed request answers 200.</summary>
    public const string Json = "application/json";

    /// <summary>What browsers ask for; answered with GraphiQL.</summary>
    public const string Html = "text/html";
}

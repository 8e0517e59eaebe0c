using GraphQL;

namespace KnowledgeGraph.Api;

/// <summary>The parameters of one GraphQL-over-HTTP request, from a POST body or a GET query string.</summary>
/// <param name="Query">The GraphQL document.</param>
/// <param name="OperationName">Which operation of the document to run; optional.</param>
/// <param name="Variables">The variable values; optional.</param>
/// <param name="Extensions">Request extensions; optional.</param>
public sealed record GraphQLHttpRequest(string Query, string? OperationName, Inputs? Variables, Inputs? Extensions);

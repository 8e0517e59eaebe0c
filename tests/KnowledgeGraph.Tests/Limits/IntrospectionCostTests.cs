using Xunit;

namespace KnowledgeGraph.Tests;

/// <summary>Introspection is bounded by the schema, not the data: tools' full introspection query passes the limits.</summary>
public sealed class IntrospectionCostTests(GraphQLSampleFixture fixture) : IClassFixture<GraphQLSampleFixture>
{
    // The query GraphiQL 3 falls back to on load: graphql-js getIntrospectionQuery with descriptions (this server
    // has no specifiedByURL, repeatable directives or deprecated input values, the optional parts it tries first).
    private const string FullIntrospection = """
        query IntrospectionQuery {
          __schema {
            queryType { name }
            mutationType { name }
            subscriptionType { name }
            types { ...FullType }
            directives {
              name
              description
              locations
              args { ...InputValue }
            }
          }
        }
        fragment FullType on __Type {
          kind
          name
          description
          fields(includeDeprecated: true) {
            name
            description
            args { ...InputValue }
            type { ...TypeRef }
            isDeprecated
            deprecationReason
          }
          inputFields { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }
        fragment InputValue on __InputValue {
          name
          description
          type { ...TypeRef }
          defaultValue
        }
        fragment TypeRef on __Type {
          kind name
          ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }
        }
        """;

    [Fact]
    public async Task The_full_introspection_query_graphiql_sends_is_answered()
    {
        var response = await fixture.Api.GraphQLAsync(FullIntrospection);

        Assert.False(response.TryGetProperty("errors", out var errors), errors.ToString());
        Assert.Equal("Query", response.At("data.__schema.queryType.name").GetString());
        Assert.True(response.At("data.__schema.types").GetArrayLength() > 20);
    }

    [Fact]
    public async Task Introspection_does_not_make_a_data_query_free()
    {
        var response = await fixture.Api.GraphQLAsync("{ __typename programs(first: 100) { nodes { agencies { programs { agencies { programs { name } } } } } } }");

        Assert.Equal(["QUERY_TOO_COMPLEX"], response.ErrorCodes());
    }
}

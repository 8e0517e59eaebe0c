using GraphQL.Types;

namespace KnowledgeGraph.Api;

/// <summary>One instance of each built-in scalar, shared by every type built at run time.</summary>
public static class ScalarTypes
{
    /// <summary>String.</summary>
    public static readonly StringGraphType StringType = new();

    /// <summary>ID.</summary>
    public static readonly IdGraphType IdType = new();

    /// <summary>Int.</summary>
    public static readonly IntGraphType IntType = new();

    /// <summary>Float.</summary>
    public static readonly FloatGraphType FloatType = new();

    /// <summary>Boolean.</summary>
    public static readonly BooleanGraphType BooleanType = new();

    /// <summary>A non-null version of a type.</summary>
    public static NonNullGraphType NonNull(IGraphType type) => new(type);

    /// <summary>[T!]!.</summary>
    public static NonNullGraphType ListOf(IGraphType type) => new(new ListGraphType(new NonNullGraphType(type)));
}

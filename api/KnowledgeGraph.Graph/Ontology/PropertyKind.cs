namespace KnowledgeGraph.Graph;

/// <summary>How a node or relationship property's value is checked and compared.</summary>
public enum PropertyKind
{
    /// <summary>Free text.</summary>
    Text,

    /// <summary>One value of a closed enumeration (upper snake case).</summary>
    Enum,

    /// <summary>An ISO 8601 date at its true precision: <c>2013</c>, <c>2013-12</c> or <c>2013-12-09</c>.</summary>
    Date,

    /// <summary>An absolute http(s) URL.</summary>
    Url,
}

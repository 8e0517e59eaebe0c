namespace KnowledgeGraph.Store.Neo4j;

/// <summary>
/// Where the Neo4j store connects (configuration section <c>Neo4j</c>, or the environment:
/// <c>Neo4j__Uri</c> ..., with <c>NEO4J_URI</c>, <c>NEO4J_USER</c>, <c>NEO4J_PASSWORD</c> and <c>NEO4J_DATABASE</c> as fallbacks).
/// Credentials never live in the repository.
/// </summary>
public sealed class Neo4jStoreOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Neo4j";

    /// <summary>
    /// The server's HTTP address, e.g. <c>http://localhost:7474</c>. A Bolt-style address is accepted and mapped to
    /// the HTTP one: <c>neo4j://host</c> and <c>bolt://host</c> to <c>http://host:7474</c>, <c>neo4j+s://host</c> (Aura)
    /// to <c>https://host</c>.
    /// </summary>
    public string? Uri { get; set; }

    /// <summary>The user name (default <c>neo4j</c>).</summary>
    public string? User { get; set; }

    /// <summary>The password.</summary>
    public string? Password { get; set; }

    /// <summary>The database (default <c>neo4j</c>).</summary>
    public string? Database { get; set; }

    /// <summary>How long one HTTP request may take before the store counts as unavailable.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Fills what configuration left empty from the <c>NEO4J_*</c> environment variables and the defaults.</summary>
    public Neo4jStoreOptions WithEnvironmentFallbacks()
    {
        Uri = Pick(Uri, "NEO4J_URI") ?? "http://localhost:7474";
        User = Pick(User, "NEO4J_USER") ?? Pick(null, "NEO4J_USERNAME") ?? "neo4j";
        Password = Pick(Password, "NEO4J_PASSWORD");
        Database = Pick(Database, "NEO4J_DATABASE") ?? "neo4j";
        return this;
    }

    /// <summary>The HTTP base address the store talks to.</summary>
    public Uri HttpBaseAddress()
    {
        var text = string.IsNullOrWhiteSpace(Uri) ? "http://localhost:7474" : Uri.Trim();
        if (!System.Uri.TryCreate(text, UriKind.Absolute, out var uri))
        {
            throw new InvalidOperationException($"Neo4j:Uri '{text}' is not an absolute address.");
        }

        // The HTTP API is served on the Browser port; Bolt-style addresses name the server, not the protocol we use.
        return uri.Scheme switch
        {
            "http" or "https" => new UriBuilder(uri) { Path = "/" }.Uri,
            "neo4j" or "bolt" => new UriBuilder("http", uri.Host, 7474).Uri,
            "neo4j+s" or "bolt+s" or "neo4j+ssc" or "bolt+ssc" => new UriBuilder("https", uri.Host).Uri,
            _ => throw new InvalidOperationException($"Neo4j:Uri scheme '{uri.Scheme}' is not supported; use http(s)://host:7474 or neo4j(+s)://host."),
        };
    }

    private static string? Pick(string? configured, string variable) =>
        !string.IsNullOrWhiteSpace(configured) ? configured
        : Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value ? value
        : null;
}

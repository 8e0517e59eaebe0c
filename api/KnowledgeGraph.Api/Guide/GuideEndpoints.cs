namespace KnowledgeGraph.Api;

/// <summary>
/// The Neo4j Browser guide for researchers at <c>/guide</c> (<c>:play http://localhost:8080/guide</c>): the data
/// model, then ready queries. Browser fetches guides cross-origin, so the page allows any origin to read it; it is
/// public and read-only.
/// </summary>
public static class GuideEndpoints
{
    /// <summary>The CORS policy of the guide.</summary>
    public const string CorsPolicy = "browser-guide";

    /// <summary>The embedded resource holding Guide/guide.html.</summary>
    public const string ResourceName = "KnowledgeGraph.Api.guide.html";

    private static readonly Lazy<string> Html = new(() =>
    {
        using var stream = typeof(GuideEndpoints).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The resource {ResourceName} is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>Registers the guide's CORS policy (any origin may GET it).</summary>
    public static IHostApplicationBuilder AddBrowserGuide(this IHostApplicationBuilder builder)
    {
        builder.Services.AddCors(o => o.AddPolicy(CorsPolicy, p => p.AllowAnyOrigin().WithMethods("GET", "HEAD").AllowAnyHeader()));
        return builder;
    }

    /// <summary>Maps <c>GET /guide</c>.</summary>
    public static WebApplication MapBrowserGuide(this WebApplication app)
    {
        app.UseCors();
        app.MapMethods("/guide", ["GET", "HEAD"], () => Results.Content(Html.Value, "text/html; charset=utf-8"))
            .RequireCors(CorsPolicy)
            .WithName("BrowserGuide")
            .WithSummary("The Neo4j Browser guide: the data model and ready Cypher queries.")
            .WithDescription("An HTML guide for Neo4j Browser's :play command (:play http://localhost:8080/guide), readable cross-origin.")
            .WithTags("Guide")
            .ExcludeFromDescription();
        return app;
    }
}

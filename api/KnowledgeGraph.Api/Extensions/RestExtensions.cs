using Microsoft.OpenApi;

namespace KnowledgeGraph.Api;

/// <summary>Registers and maps the REST API for dashboards under <c>/api/v1</c>, its OpenAPI document and Swagger UI.</summary>
public static class RestExtensions
{
    /// <summary>The CORS policy of the REST API: the origins of <c>Cors:Origins</c>, none by default.</summary>
    public const string CorsPolicy = "dashboards";

    /// <summary>The OpenAPI document's name (<c>/swagger/v1/swagger.json</c>).</summary>
    public const string DocumentName = "v1";

    /// <summary>Statistics cache, CORS for the configured dashboard origins, and the OpenAPI generator.</summary>
    public static IHostApplicationBuilder AddRestApi(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<StatisticsService>();

        var origins = builder.Configuration.GetSection("Cors:Origins").Get<string[]>() ?? [];
        builder.Services.AddCors(o => o.AddPolicy(CorsPolicy, p => p
            .WithOrigins(origins)
            .WithMethods("GET")
            .WithHeaders("If-None-Match", "Accept")
            .WithExposedHeaders("ETag", "Content-Disposition")));

        builder.Services.AddEndpointsApiExplorer();
        builder.Services.AddSwaggerGen(o =>
        {
            o.SwaggerDoc(DocumentName, new OpenApiInfo
            {
                Title = "Occupational Safety Knowledge Graph — REST API",
                Version = DocumentName,
                Description = RestDocumentation.ApiDescription,
            });
            o.DocInclusionPredicate((_, api) => api.RelativePath?.StartsWith("api/v1", StringComparison.Ordinal) == true);
            o.SupportNonNullableReferenceTypes();
            o.NonNullableReferenceTypesAsRequired();
            o.IncludeXmlComments(typeof(RestExtensions).Assembly);
            o.OperationFilter<RestOperationFilter>();
            o.DocumentFilter<RestDocumentFilter>();
        });
        return builder;
    }

    /// <summary>Maps <c>/api/v1</c> (ETag, Cache-Control and CORS on every endpoint), the OpenAPI document and Swagger UI.</summary>
    public static WebApplication MapRestApi(this WebApplication app)
    {
        app.UseCors();
        app.UseSwagger();
        app.UseSwaggerUI(o =>
        {
            o.RoutePrefix = "swagger";
            o.SwaggerEndpoint($"/swagger/{DocumentName}/swagger.json", "REST API v1");
            o.DocumentTitle = "Occupational Safety Knowledge Graph — REST API";
        });

        var api = app.MapGroup("/api/v1")
            .AddEndpointFilter<ConditionalGetFilter>()
            .RequireCors(CorsPolicy);
        api.MapServiceIndex();
        api.MapCollections();
        api.MapEntities();
        api.MapSearch();
        api.MapPaths();
        api.MapStatistics();
        api.MapExport();
        api.MapCuration();
        return app;
    }
}

using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace KnowledgeGraph.Api;

/// <summary>Registers and maps what every front door shares: error handling and health.</summary>
public static class ApiExtensions
{
    /// <summary>Health checks, problem details and the mapping of bad-request exceptions to 400.</summary>
    public static IHostApplicationBuilder AddApiServices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = Problems.Customize);
        builder.Services.AddExceptionHandler<RestExceptionHandler>();

        // A query parameter that does not bind (limit=abc) throws, so RestExceptionHandler can name it in a problem.
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddHealthChecks().AddCheck<StoreHealthCheck>("store", tags: ["ready"]);
        return builder;
    }

    /// <summary>Maps error handling and the health endpoints (live: the process answers; ready: the store answers).</summary>
    public static WebApplication MapApiEndpoints(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        return app;
    }
}

using System.Globalization;
using System.Threading.RateLimiting;
using KnowledgeGraph.Graph;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api;

/// <summary>Per-client rate limiting with ASP.NET's rate limiter: <c>Limits:RequestsPerMinute</c> per API key or IP.</summary>
public static class RateLimitingExtensions
{
    /// <summary>Adds a global fixed-window limiter partitioned by <see cref="ClientIdentity.PartitionKey"/>.</summary>
    public static IHostApplicationBuilder AddRateLimits(this IHostApplicationBuilder builder)
    {
        builder.Services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                // Probes and orchestrators poll health; limiting them would turn load into false outages.
                if (context.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase))
                {
                    return RateLimitPartition.GetNoLimiter("health");
                }

                var perMinute = context.RequestServices.GetRequiredService<IOptions<LimitsOptions>>().Value.RequestsPerMinute;
                return RateLimitPartition.GetFixedWindowLimiter(ClientIdentity.PartitionKey(context), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = Math.Max(1, perMinute),
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                });
            });
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = OnRejectedAsync;
        });
        return builder;
    }

    // 429 with Retry-After, shaped for the front door the client used: a GraphQL error or a problem.
    private static async ValueTask OnRejectedAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var message = $"Too many requests from this client; try again in {seconds} s.";
        if (context.Request.Path.StartsWithSegments("/graphql", StringComparison.OrdinalIgnoreCase))
        {
            var mediaType = MediaTypeNegotiation.SelectResponseType(context.Request.Headers.Accept) ?? GraphQLMediaTypes.Json;
            await GraphQLErrorResponse.WriteAsync(context, StatusCodes.Status429TooManyRequests, mediaType, ErrorCodes.RateLimited, message).ConfigureAwait(false);
            return;
        }

        await Results.Problem(
            detail: message,
            statusCode: StatusCodes.Status429TooManyRequests,
            title: "Too many requests.",
            type: "https://www.rfc-editor.org/rfc/rfc6585#section-4",
            extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.RateLimited, ["retryAfter"] = seconds }).ExecuteAsync(context).ConfigureAwait(false);
    }
}

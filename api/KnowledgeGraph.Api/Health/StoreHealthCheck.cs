using KnowledgeGraph.Graph;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KnowledgeGraph.Api;

/// <summary>Ready when the store answers.</summary>
public sealed class StoreHealthCheck(IGraphStore store) : IHealthCheck
{
    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await store.PingAsync(cancellationToken).ConfigureAwait(false)
            ? HealthCheckResult.Healthy("The store answers.")
            : HealthCheckResult.Unhealthy("The store does not answer.");
}

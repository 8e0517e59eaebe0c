namespace KnowledgeGraph.Api;

/// <summary>Who a request comes from, for rate limiting: its authenticated holder when it has one, else its IP address.</summary>
public static class ClientIdentity
{
    /// <summary>The header that carries an API key.</summary>
    public const string ApiKeyHeader = "X-Api-Key";

    /// <summary>The API key the request sends, in <c>X-Api-Key</c> or as <c>Authorization: ApiKey …</c>; null when none.</summary>
    public static string? ApiKey(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Headers.TryGetValue(ApiKeyHeader, out var header) && !string.IsNullOrWhiteSpace(header))
        {
            return header.ToString().Trim();
        }

        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith("ApiKey ", StringComparison.OrdinalIgnoreCase) ? authorization["ApiKey ".Length..].Trim() : null;
    }

    /// <summary>
    /// The partition key: <c>user:</c> and the authenticated name (a valid API key or bearer token), else <c>ip:</c>
    /// and the remote address, so inventing keys buys no extra allowance. Behind a proxy, enable forwarded headers
    /// so the address is the client's.
    /// </summary>
    public static string PartitionKey(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.User.Identity is { IsAuthenticated: true, Name: { Length: > 0 } name }
            ? "user:" + name
            : "ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
    }
}

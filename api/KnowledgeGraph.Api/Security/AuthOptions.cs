namespace KnowledgeGraph.Api;

/// <summary>
/// Who may write (configuration section <c>Auth</c>). Nothing is configured by default, so the API is read-only
/// until an operator adds an API key or a JWT issuer. docs/security.md explains how to issue either.
/// </summary>
public sealed class AuthOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Auth";

    /// <summary>The role that may create, update and delete entities and facts.</summary>
    public const string CuratorRole = "curator";

    /// <summary>API keys, stored only as SHA-256 hashes.</summary>
    public List<ApiKeyOptions> ApiKeys { get; } = [];

    /// <summary>JWT bearer settings; unused while neither Authority nor SigningKey is set.</summary>
    public JwtOptions Jwt { get; set; } = new();
}

/// <summary>One API key: who holds it, the hash of the key, and its roles.</summary>
public sealed class ApiKeyOptions
{
    /// <summary>The holder, recorded as the author of every change made with the key.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The key's SHA-256 hash, hexadecimal (the key itself is never stored).</summary>
    public string Hash { get; set; } = string.Empty;

    /// <summary>The key's roles; <c>curator</c> may write.</summary>
    public List<string> Roles { get; } = [];
}

/// <summary>JWT bearer validation: an OpenID Connect authority, or a shared signing key for closed deployments.</summary>
public sealed class JwtOptions
{
    /// <summary>The issuer's authority URL (its signing keys are discovered there).</summary>
    public string? Authority { get; set; }

    /// <summary>The expected audience.</summary>
    public string? Audience { get; set; }

    /// <summary>The expected issuer when validating with <see cref="SigningKey"/>.</summary>
    public string? Issuer { get; set; }

    /// <summary>A symmetric HMAC-SHA256 signing key (at least 32 bytes), for deployments without an authority.</summary>
    public string? SigningKey { get; set; }

    /// <summary>True when either way of validating is configured.</summary>
    public bool Enabled => !string.IsNullOrWhiteSpace(Authority) || !string.IsNullOrWhiteSpace(SigningKey);
}

using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace KnowledgeGraph.Api;

/// <summary>
/// Authentication for curator writes: API keys (hashed in configuration) and, when configured, JWT bearer tokens
/// with a <c>curator</c> role. Reads need neither.
/// </summary>
public static class AuthExtensions
{
    private const string Selector = "ApiKeyOrBearer";

    /// <summary>Registers both schemes behind one that picks by the request's headers.</summary>
    public static IHostApplicationBuilder AddCuratorAuthentication(this IHostApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(AuthOptions.Section);
        builder.Services.AddOptions<AuthOptions>().Bind(section);
        builder.Services.AddSingleton<ApiKeyRegistry>();
        var jwt = section.GetSection("Jwt").Get<JwtOptions>() ?? new JwtOptions();

        var authentication = builder.Services.AddAuthentication(Selector)
            .AddPolicyScheme(Selector, "API key or bearer token", o => o.ForwardDefaultSelector = context =>
                jwt.Enabled && context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? JwtBearerDefaults.AuthenticationScheme
                    : ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        if (jwt.Enabled)
        {
            authentication.AddJwtBearer(o =>
            {
                o.MapInboundClaims = true;
                o.Authority = string.IsNullOrWhiteSpace(jwt.Authority) ? null : jwt.Authority;
                o.Audience = jwt.Audience;
                o.TokenValidationParameters.ValidateAudience = !string.IsNullOrWhiteSpace(jwt.Audience);
                o.TokenValidationParameters.RoleClaimType = System.Security.Claims.ClaimTypes.Role;
                if (!string.IsNullOrWhiteSpace(jwt.SigningKey))
                {
                    o.TokenValidationParameters.IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(jwt.SigningKey));
                    o.TokenValidationParameters.ValidIssuer = jwt.Issuer;
                    o.TokenValidationParameters.ValidateIssuer = !string.IsNullOrWhiteSpace(jwt.Issuer);
                }
            });
        }

        builder.Services.AddAuthorization(o => o.AddPolicy(CurationEndpoints.CuratorPolicy, p => p.RequireRole(AuthOptions.CuratorRole)));
        return builder;
    }
}

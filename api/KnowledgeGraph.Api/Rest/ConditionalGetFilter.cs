using System.Security.Cryptography;
using System.Text;
using KnowledgeGraph.Graph;
using Microsoft.Net.Http.Headers;

namespace KnowledgeGraph.Api;

/// <summary>
/// HTTP caching for GET: the data changes only on import, so a response is identified by the store's content
/// hash, this build of the API and the request (path and query). A matching <c>If-None-Match</c> gets 304
/// before any store work; a success gets <c>ETag</c> and <see cref="CacheControl"/>.
/// </summary>
public sealed class ConditionalGetFilter : IEndpointFilter
{
    /// <summary>Shared caches may keep an answer a minute, then must ask again (cheaply, with the ETag).</summary>
    public const string CacheControl = "public, max-age=60, must-revalidate";

    /// <summary>The Cache-Control of an authenticated request's answer.</summary>
    public const string PrivateCacheControl = "private, no-cache";

    // A new build may shape responses differently for the same data.
    private static readonly string Build = typeof(ConditionalGetFilter).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    /// <inheritdoc />
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method))
        {
            return await next(context).ConfigureAwait(false);
        }

        var store = http.RequestServices.GetRequiredService<IGraphStore>();
        var version = await store.GetDataVersionAsync(http.RequestAborted).ConfigureAwait(false);
        var etag = new EntityTagHeaderValue("\"" + Hash(version, http.Request) + "\"");

        if (Matches(http.Request, etag))
        {
            SetHeaders(http.Response, etag);
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        var result = await next(context).ConfigureAwait(false);

        // Results<Ok<T>, ProblemHttpResult> wraps the result actually returned; an error is not cached.
        var inner = result is INestedHttpResult nested ? nested.Result : result;
        if (inner is not IStatusCodeHttpResult { StatusCode: >= 300 })
        {
            SetHeaders(http.Response, etag);
        }

        return result;
    }

    /// <summary>Whether the request's <c>If-None-Match</c> names this entity tag (weakly) or <c>*</c>.</summary>
    public static bool Matches(HttpRequest request, EntityTagHeaderValue etag)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.GetTypedHeaders().IfNoneMatch.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(etag, useStrongComparison: false));
    }

    /// <summary>Sets the entity tag and the Cache-Control that fits the caller.</summary>
    public static void SetHeaders(HttpResponse response, EntityTagHeaderValue etag)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Headers.ETag = etag.ToString();

        // What a credential unlocks (the audit) must never sit in a shared cache.
        response.Headers.CacheControl = response.HttpContext.User.Identity?.IsAuthenticated == true ? PrivateCacheControl : CacheControl;
    }

    private static string Hash(string contentHash, HttpRequest request)
    {
        var text = $"{contentHash}\n{Build}\n{request.Path}{request.QueryString}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];
    }
}

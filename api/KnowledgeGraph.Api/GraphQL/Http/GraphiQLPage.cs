using System.Net;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace KnowledgeGraph.Api;

/// <summary>
/// GraphiQL for browsers: the page (<c>wwwroot/graphiql/index.html</c>) is served by the GraphQL endpoint itself,
/// so it knows where to send queries, and its scripts and styles are local files under <c>/graphiql/</c>; no CDN.
/// </summary>
public static class GraphiQLPage
{
    /// <summary>The URL path, under the application's path base, of GraphiQL's assets.</summary>
    public const string AssetsPath = "/graphiql";

    private const string AssetsFolder = "graphiql";
    private const string PageFile = "index.html";

    // The page's assets resolve against this base; behind a path base the endpoint rewrites it.
    private const string BaseElement = "<base href=\"/graphiql/\">";

    // Everything comes from this origin; GraphiQL sets inline styles and embeds its fonts as data: URLs.
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    /// <summary>Serves the files of <c>wwwroot/graphiql/</c> under <see cref="AssetsPath"/>, and nothing else of wwwroot.</summary>
    public static void UseAssets(WebApplication app)
    {
        if (app.Environment.WebRootPath is { } webRoot && Path.Combine(webRoot, AssetsFolder) is var folder && Directory.Exists(folder))
        {
            app.UseStaticFiles(new StaticFileOptions { RequestPath = AssetsPath, FileProvider = new PhysicalFileProvider(folder) });
        }
    }

    /// <summary>Writes the GraphiQL page, or 404 when the assets are not deployed.</summary>
    public static async Task WriteAsync(HttpContext context)
    {
        var html = await HtmlPageTemplate.ReadAsync(
            context, $"{AssetsFolder}/{PageFile}", BaseElement, AssetsPath, "GraphiQL is not deployed with this build (wwwroot/graphiql is missing).").ConfigureAwait(false);
        if (html is null)
        {
            return;
        }

        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        response.Headers.XContentTypeOptions = "nosniff";
        await response.WriteAsync(html, context.RequestAborted).ConfigureAwait(false);
    }
}

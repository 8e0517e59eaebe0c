using System.Net;
using System.Text;
using Microsoft.Net.Http.Headers;

namespace KnowledgeGraph.Api;

/// <summary>
/// The Explorer's single page (<c>wwwroot/explorer/index.html</c>), returned for every route of the app; the
/// browser-side router then shows what the address asks for. Its scripts and styles are local files under
/// <see cref="ExplorerEndpoints.AssetsPath"/>, allowed by a strict same-origin content security policy.
/// </summary>
public static class ExplorerPage
{
    /// <summary>
    /// The hash of the one inline style the page allows: the rule Cytoscape.js inserts as a <c>&lt;style&gt;</c>
    /// element on first draw (<c>.__________cytoscape_container { position: relative; }</c>).
    /// </summary>
    public const string CytoscapeStyleHash = "sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8=";

    /// <summary>
    /// The page's content security policy: everything from this origin, no inline script, no inline style but
    /// Cytoscape's, no plugins, no framing by other sites.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' '" + CytoscapeStyleHash + "'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    private const string PageFile = "explorer/index.html";

    // The page's assets resolve against this base; behind a path base the page is rewritten to match.
    private const string BaseElement = "<base href=\"/explorer/\">";

    /// <summary>Writes the Explorer page, or 404 when the assets are not deployed.</summary>
    public static async Task WriteAsync(HttpContext context)
    {
        var html = await HtmlPageTemplate.ReadAsync(
            context, PageFile, BaseElement, ExplorerEndpoints.AssetsPath, "The Explorer is not deployed with this build (wwwroot/explorer is missing).").ConfigureAwait(false);
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
        response.Headers[HeaderNames.XFrameOptions] = "SAMEORIGIN";
        response.Headers["Referrer-Policy"] = "same-origin";
        var body = Encoding.UTF8.GetBytes(html);
        response.ContentLength = body.Length;

        // HEAD gets the headers GET would, and no body (Kestrel would drop one; other servers need not).
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await response.Body.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
        }
    }
}

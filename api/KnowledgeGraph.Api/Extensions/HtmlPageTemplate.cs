using System.Net;

namespace KnowledgeGraph.Api;

/// <summary>
/// Reads an app's HTML page from wwwroot and points its <c>&lt;base href&gt;</c> at the app's assets under the
/// request's path base (GraphiQL and the Explorer are both served this way).
/// </summary>
public static class HtmlPageTemplate
{
    /// <summary>The page, or null after answering 404 with <paramref name="missing"/> when the file is not deployed.</summary>
    /// <param name="context">The request.</param>
    /// <param name="file">The page's path in wwwroot.</param>
    /// <param name="baseElement">The page's <c>&lt;base&gt;</c> element as written in the file.</param>
    /// <param name="assetsPath">Where the app's assets are served, e.g. <c>/graphiql</c>.</param>
    /// <param name="missing">What the 404 says.</param>
    public static async Task<string?> ReadAsync(HttpContext context, string file, string baseElement, string assetsPath, string missing)
    {
        ArgumentNullException.ThrowIfNull(context);
        var environment = context.RequestServices.GetRequiredService<IWebHostEnvironment>();
        var info = environment.WebRootFileProvider.GetFileInfo(file);
        if (!info.Exists)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync(missing, context.RequestAborted).ConfigureAwait(false);
            return null;
        }

        string html;
        var stream = info.CreateReadStream();
        await using (stream.ConfigureAwait(false))
        {
            using var reader = new StreamReader(stream);
            html = await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
        }

        if (context.Request.PathBase.HasValue)
        {
            var href = WebUtility.HtmlEncode(context.Request.PathBase.ToUriComponent() + assetsPath + "/");
            html = html.Replace(baseElement, $"<base href=\"{href}\">", StringComparison.Ordinal);
        }

        return html;
    }
}

using Microsoft.Extensions.FileProviders;

namespace KnowledgeGraph.Api;

/// <summary>
/// Maps the Explorer, the browser UI over the GraphQL endpoint: its page at <c>/</c> and <c>/entity/{id}</c>, and
/// its static assets (<c>wwwroot/explorer/</c>) under <see cref="AssetsPath"/>. Nothing is loaded from a CDN.
/// </summary>
public static class ExplorerEndpoints
{
    /// <summary>The URL path, under the application's path base, of the Explorer's assets.</summary>
    public const string AssetsPath = "/explorer";

    private const string AssetsFolder = "explorer";

    /// <summary>Serves the Explorer's assets and maps the app's routes to its page.</summary>
    public static WebApplication MapExplorer(this WebApplication app)
    {
        if (app.Environment.WebRootPath is { } webRoot && Path.Combine(webRoot, AssetsFolder) is var folder && Directory.Exists(folder))
        {
            app.UseStaticFiles(new StaticFileOptions { RequestPath = AssetsPath, FileProvider = new PhysicalFileProvider(folder) });
        }

        string[] methods = [HttpMethods.Get, HttpMethods.Head];
        app.MapMethods("/", methods, ExplorerPage.WriteAsync).WithDisplayName("Explorer").ExcludeFromDescription();
        app.MapMethods("/entity/{id}", methods, ExplorerPage.WriteAsync).WithDisplayName("Explorer: entity").ExcludeFromDescription();
        return app;
    }
}

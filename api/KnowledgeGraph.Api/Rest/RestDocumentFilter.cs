using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace KnowledgeGraph.Api;

/// <summary>Adds what the document says as a whole: its server, its (absent) security and its tags, in the order a dashboard developer reads them.</summary>
public sealed class RestDocumentFilter : IDocumentFilter
{
    /// <inheritdoc />
    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        // Relative to wherever the API is served; the document must not name one deployment's host.
        swaggerDoc.Servers = [new OpenApiServer { Url = "/", Description = "This host." }];

        // The API is public and read-only: an empty requirement says so ("no credentials needed").
        swaggerDoc.Security = [new OpenApiSecurityRequirement()];
        swaggerDoc.Tags = new HashSet<OpenApiTag>
        {
            new() { Name = "Service", Description = "What the service holds and where to find it." },
            new() { Name = "Collections", Description = "One list per label, filtered, sorted and paged by cursor." },
            new() { Name = "Entities", Description = "One entity, its relationships and, for diseases and hazards, the programs covering it." },
            new() { Name = "Search", Description = "Full-text search and the connections between two entities." },
            new() { Name = "Statistics", Description = "Chart-ready figures, computed once per imported dataset." },
            new() { Name = "Export", Description = "The whole graph as JSON, CSV (neo4j-admin import), GraphML or Cypher." },
        };
    }
}

using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace KnowledgeGraph.Api;

/// <summary>
/// Completes each operation of the OpenAPI document: per-label collection parameters, parameter descriptions,
/// allowed values and examples, the 304 and caching headers every GET has, response examples, problem details
/// and the export's media types.
/// </summary>
public sealed class RestOperationFilter : IOperationFilter
{
    /// <inheritdoc />
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var operationId = operation.OperationId ?? string.Empty;
        var collection = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<CollectionMetadata>().FirstOrDefault()?.Label;
        DocumentParameters(operation, operationId, collection);

        operation.Responses ??= [];
        if (operationId == "exportGraph")
        {
            DocumentExport(operation, context);
        }

        if (operation.Responses.TryGetValue("200", out var ok) && ok is OpenApiResponse success)
        {
            success.Headers ??= new Dictionary<string, IOpenApiHeader>();
            success.Headers["ETag"] = Header("Identifies this answer (the dataset, the API build and the request); send it back in If-None-Match.", "\"4f1c0e0d7a8b9c2d3e4f5a6b7c8d9e0f\"");
            success.Headers["Cache-Control"] = Header("The data changes only on import: cacheable for a minute, then revalidated with the ETag.", ConditionalGetFilter.CacheControl);
            if (RestExamples.For(operationId, collection) is { } example && success.Content?.TryGetValue("application/json", out var media) == true)
            {
                media.Example = JsonNode.Parse(example);
            }
        }

        operation.Responses["304"] = new OpenApiResponse { Description = "Not modified: the If-None-Match ETag is still current." };
        var problemSchema = context.SchemaGenerator.GenerateSchema(typeof(Microsoft.AspNetCore.Mvc.ProblemDetails), context.SchemaRepository);
        operation.Responses["500"] = ProblemResponse("An unexpected error: a problem with only a traceId to quote, never a stack trace.", problemSchema, RestExamples.Internal);
        operation.Responses["503"] = ProblemResponse("The graph store did not answer; try again shortly.", problemSchema, RestExamples.StoreUnavailable);
        foreach (var (status, response) in operation.Responses)
        {
            if (status is "400" or "404" && response is OpenApiResponse problem && problem.Content?.TryGetValue("application/problem+json", out var media) == true)
            {
                problem.Description = status == "400" ? "A parameter is not valid; the problem names it and says why." : "No entity has this id.";
                media.Example = JsonNode.Parse(status == "400" ? RestExamples.BadRequest : RestExamples.NotFound);
            }
        }
    }

    private static void DocumentParameters(OpenApiOperation operation, string operationId, KnowledgeGraph.Graph.LabelDefinition? collection)
    {
        if (operation.Parameters is not { } parameters)
        {
            return;
        }

        var applicable = collection is null ? null : CollectionFilters.Parameters(collection);
        foreach (var parameter in parameters.OfType<OpenApiParameter>().ToList())
        {
            if (applicable is not null && parameter.In == ParameterLocation.Query && !applicable.Contains(parameter.Name ?? string.Empty))
            {
                parameters.Remove(parameter);
                continue;
            }

            if (RestDocumentation.Parameter(operationId, parameter.Name ?? string.Empty, collection) is not { } doc)
            {
                continue;
            }

            parameter.Description = doc.Description;
            if (doc.Example is not null)
            {
                parameter.Example = parameter.Schema?.Type == JsonSchemaType.Integer
                    ? JsonValue.Create(int.Parse(doc.Example, System.Globalization.CultureInfo.InvariantCulture))
                    : JsonValue.Create(doc.Example);
            }

            if (doc.Values is not null && parameter.Schema is OpenApiSchema schema)
            {
                schema.Enum = doc.Values.Select(v => (JsonNode)JsonValue.Create(v)).ToList();
            }
        }
    }

    // The handler returns bytes; the document says what they are in each format.
    private static void DocumentExport(OpenApiOperation operation, OperationFilterContext context)
    {
        var json = context.SchemaGenerator.GenerateSchema(typeof(ExportDocument), context.SchemaRepository);
        var binary = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" };
        var content = new Dictionary<string, OpenApiMediaType>();
        foreach (var format in ExportFormats.All)
        {
            content[format.MediaType] = format.Name == "json"
                ? new OpenApiMediaType { Schema = json, Example = JsonNode.Parse(RestExamples.For("exportGraph", null)!) }
                : new OpenApiMediaType { Schema = binary };
        }

        operation.Responses!["200"] = new OpenApiResponse
        {
            Description = "The file, with Content-Disposition: attachment and its file name.",
            Content = content,
            Headers = new Dictionary<string, IOpenApiHeader>
            {
                ["Content-Disposition"] = Header("attachment, with the file name (knowledge-graph.json, knowledge-graph-csv.zip, knowledge-graph.graphml, knowledge-graph.cypher).", "attachment; filename=knowledge-graph.json; filename*=UTF-8''knowledge-graph.json"),
            },
        };
    }

    private static OpenApiResponse ProblemResponse(string description, IOpenApiSchema schema, string example) => new()
    {
        Description = description,
        Content = new Dictionary<string, OpenApiMediaType>
        {
            ["application/problem+json"] = new() { Schema = schema, Example = JsonNode.Parse(example) },
        },
    };

    private static OpenApiHeader Header(string description, string example) =>
        new() { Description = description, Schema = new OpenApiSchema { Type = JsonSchemaType.String }, Example = JsonValue.Create(example) };
}

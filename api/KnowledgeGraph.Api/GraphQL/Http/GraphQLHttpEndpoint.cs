using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using System.Text;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace KnowledgeGraph.Api;

/// <summary>
/// The GraphQL endpoint, written to the GraphQL-over-HTTP specification
/// (https://graphql.github.io/graphql-over-http/draft/): POST with a JSON body, GET for queries only,
/// <c>application/graphql-response+json</c> or <c>application/json</c> as the Accept header allows, and
/// GraphiQL for browsers.
/// </summary>
public static partial class GraphQLHttpEndpoint
{
    // GET requests run the standard rules plus the query-only check; rules the schema's builder adds come after.
    private static readonly IValidationRule[] GetValidationRules = [.. DocumentValidator.CoreRules, QueryOnlyOverGetRule.Instance];

    /// <summary>Handles one request to the endpoint, whatever its method.</summary>
    public static async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        context.Response.Headers.Append(HeaderNames.Vary, HeaderNames.Accept);

        var isGet = HttpMethods.IsGet(request.Method);
        if (!isGet && !HttpMethods.IsPost(request.Method))
        {
            context.Response.Headers.Allow = "GET, POST";
            var type = MediaTypeNegotiation.SelectResponseType(request.Headers.Accept) ?? GraphQLMediaTypes.Json;
            await GraphQLErrorResponse.WriteAsync(context, StatusCodes.Status405MethodNotAllowed, type, GraphQLErrorCodes.BadRequest,
                $"{request.Method} is not supported; send GraphQL requests with POST, or queries with GET.").ConfigureAwait(false);
            return;
        }

        if (isGet && !request.Query.ContainsKey("query") && MediaTypeNegotiation.NamesExplicitly(request.Headers.Accept, GraphQLMediaTypes.Html))
        {
            await GraphiQLPage.WriteAsync(context).ConfigureAwait(false);
            return;
        }

        var mediaType = MediaTypeNegotiation.SelectResponseType(request.Headers.Accept);
        if (mediaType is null)
        {
            await GraphQLErrorResponse.WriteAsync(context, StatusCodes.Status406NotAcceptable, GraphQLMediaTypes.Json, GraphQLErrorCodes.BadRequest,
                $"The Accept header allows no response type this endpoint has; accept {GraphQLMediaTypes.GraphQLResponse} or {GraphQLMediaTypes.Json}.").ConfigureAwait(false);
            return;
        }

        try
        {
            RefuseOversizedBody(context);
            var reader = new GraphQLRequestReader(context.RequestServices.GetRequiredService<IGraphQLTextSerializer>());
            var graphQLRequest = isGet ? reader.ReadQueryString(request.Query) : await ReadPostAsync(reader, request, context.RequestAborted).ConfigureAwait(false);
            await ExecuteAsync(context, graphQLRequest, isGet, mediaType).ConfigureAwait(false);
        }
        catch (GraphQLHttpException ex)
        {
            await GraphQLErrorResponse.WriteAsync(context, ex.StatusCode, mediaType, ex.Code, ex.Message).ConfigureAwait(false);
        }
        catch (Exception) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away (a cancelled execution, a half-read body); nobody is left to answer.
        }
        catch (Exception ex)
        {
            var traceId = GraphQLErrorResponse.TraceId(context);
            LogUnexpected(Logger(context), ex, traceId);
            if (!context.Response.HasStarted)
            {
                context.Response.Clear();
                context.Response.Headers.Append(HeaderNames.Vary, HeaderNames.Accept);
                await GraphQLErrorResponse.WriteAsync(context, StatusCodes.Status500InternalServerError, mediaType, GraphQLErrorCodes.Internal,
                    "An unexpected error occurred; the server log has the details under this trace id.").ConfigureAwait(false);
            }
        }
    }

    private static async Task<GraphQLHttpRequest> ReadPostAsync(GraphQLRequestReader reader, HttpRequest request, CancellationToken cancellationToken)
    {
        if (!MediaTypeNegotiation.IsJsonContentType(request.ContentType))
        {
            var given = string.IsNullOrEmpty(request.ContentType) ? "no Content-Type" : $"Content-Type '{request.ContentType}'";
            throw new GraphQLHttpException(StatusCodes.Status415UnsupportedMediaType,
                $"A POST body must be {GraphQLMediaTypes.Json} in UTF-8; the request has {given}.");
        }

        return await reader.ReadBodyAsync(request, cancellationToken).ConfigureAwait(false);
    }

    // Bodies over the limit are refused before they are read: by their Content-Length here, and by the server's
    // own limit (413 from Kestrel) when the length is not announced.
    private static void RefuseOversizedBody(HttpContext context)
    {
        var limit = context.RequestServices.GetRequiredService<IOptions<LimitsOptions>>().Value.MaxBodyBytes;
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit;
        }

        if (context.Request.ContentLength > limit)
        {
            throw new GraphQLHttpException(StatusCodes.Status413PayloadTooLarge, GraphQLErrorCodes.BadRequest, $"The request body is larger than {limit} bytes.");
        }
    }

    private static async Task ExecuteAsync(HttpContext context, GraphQLHttpRequest request, bool isGet, string mediaType)
    {
        var services = context.RequestServices;
        var limits = services.GetRequiredService<IOptions<LimitsOptions>>().Value;
        if (request.Query is { } text && Encoding.UTF8.GetByteCount(text) > limits.MaxQueryBytes)
        {
            throw new GraphQLHttpException(StatusCodes.Status413PayloadTooLarge, KnowledgeGraph.Graph.ErrorCodes.QueryTooComplex,
                $"The query text is longer than {limits.MaxQueryBytes} bytes.");
        }

        var serializer = services.GetRequiredService<IGraphQLTextSerializer>();
        var cache = services.GetRequiredService<ResponseCache>();
        var key = cache.Enabled ? await CacheKeyAsync(context, request, serializer).ConfigureAwait(false) : null;
        if (key is not null && cache.TryGet(key, out var hit))
        {
            await WriteCachedAsync(context, hit, isGet, mediaType).ConfigureAwait(false);
            return;
        }

        var executer = services.GetRequiredService<IDocumentExecuter<KnowledgeGraphSchema>>();

        var options = new ExecutionOptions
        {
            Query = request.Query,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = services,
            User = context.User,
            CancellationToken = context.RequestAborted,
        };
        if (isGet)
        {
            // A cached document skips all but the cached-document rules, so the GET check sits in both.
            options.ValidationRules = GetValidationRules;
            options.CachedDocumentValidationRules = [QueryOnlyOverGetRule.Instance];
        }

        var result = await executer.ExecuteAsync(options).ConfigureAwait(false);

        if (key is not null && ResponseCache.IsCacheable(result))
        {
            var buffer = new MemoryStream();
            await serializer.WriteAsync(buffer, result, context.RequestAborted).ConfigureAwait(false);
            var kept = cache.Keep(key, buffer.GetBuffer().AsMemory(0, (int)buffer.Length));
            await WriteCachedAsync(context, kept, isGet, mediaType).ConfigureAwait(false);
            return;
        }

        var status = StatusOf(result, mediaType);
        if (status == StatusCodes.Status405MethodNotAllowed)
        {
            context.Response.Headers.Allow = "POST";
        }

        context.Response.StatusCode = status;
        context.Response.ContentType = mediaType + "; charset=utf-8";
        await serializer.WriteAsync(context.Response.Body, result, context.RequestAborted).ConfigureAwait(false);
    }

    // The response cache's key, or null when the data version cannot be read: the request then runs as usual and
    // reports the store's failure as a GraphQL error, not as a failed cache lookup.
    private static async Task<string?> CacheKeyAsync(HttpContext context, GraphQLHttpRequest request, IGraphQLTextSerializer serializer)
    {
        string version;
        try
        {
            version = await context.RequestServices.GetRequiredService<KnowledgeGraph.Graph.IGraphStore>().GetDataVersionAsync(context.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception ex) when (!context.RequestAborted.IsCancellationRequested)
        {
            LogNoDataVersion(Logger(context), ex);
            return null;
        }

        return ResponseCache.KeyOf(version, context.User, request, serializer);
    }

    // A successful answer to a query: 200, with an entity tag over GET so clients and shared caches can revalidate
    // (a matching If-None-Match gets 304 and no body).
    private static async Task WriteCachedAsync(HttpContext context, CachedResponse response, bool isGet, string mediaType)
    {
        var http = context.Response;
        if (isGet)
        {
            // The two media types are two representations of one answer: each has its own tag.
            var etag = new EntityTagHeaderValue($"\"{response.Tag}-{(mediaType == GraphQLMediaTypes.GraphQLResponse ? "g" : "j")}\"");
            ConditionalGetFilter.SetHeaders(http, etag);
            if (ConditionalGetFilter.Matches(context.Request, etag))
            {
                http.StatusCode = StatusCodes.Status304NotModified;
                return;
            }
        }

        http.StatusCode = StatusCodes.Status200OK;
        http.ContentType = mediaType + "; charset=utf-8";
        http.ContentLength = response.Body.Length;
        await http.Body.WriteAsync(response.Body, context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>
    /// The status code for an execution result. A result that was executed is 200 (its errors are field errors).
    /// A request that failed before execution (document, validation or variable errors) is 400 with
    /// <c>application/graphql-response+json</c> and 200 with legacy <c>application/json</c>, as the specification
    /// asks; a GET that names a mutation is 405, and an unexpected failure before execution is 500.
    /// </summary>
    public static int StatusOf(ExecutionResult result, string mediaType)
    {
        if (result.Executed || result.Errors is not { Count: > 0 } errors)
        {
            return StatusCodes.Status200OK;
        }

        if (errors.Any(e => e is GetNotAllowedError))
        {
            return StatusCodes.Status405MethodNotAllowed;
        }

        if (errors.Any(e => e is UnhandledError))
        {
            return StatusCodes.Status500InternalServerError;
        }

        return mediaType == GraphQLMediaTypes.GraphQLResponse ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
    }

    private static ILogger Logger(HttpContext context) =>
        context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(GraphQLHttpEndpoint).FullName!);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The data version could not be read; the request runs without the response cache.")]
    private static partial void LogNoDataVersion(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "GraphQL request {TraceId} failed unexpectedly.")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string traceId);
}

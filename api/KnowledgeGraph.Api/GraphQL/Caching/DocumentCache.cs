using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api;

/// <summary>
/// Keeps documents that parsed and validated, keyed by their exact text, so dashboards and analysts' saved queries
/// skip parsing and validation when they run again. Validation does not depend on variables, except the cost of a
/// query (a page size may be a variable) and, over GET, whether the operation is a query: a cached document still
/// runs the rules registered for cached documents (the GET check) and the cost analysis.
/// </summary>
public sealed class DocumentCache : IConfigureExecution, IDisposable
{
    private readonly MemoryCache? _documents;

    /// <summary>Creates the cache with the configured size.</summary>
    public DocumentCache(IOptions<DocumentCacheOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Value.Enabled)
        {
            _documents = new MemoryCache(new MemoryCacheOptions { SizeLimit = Math.Max(1, options.Value.SizeLimit) });
        }
    }

    /// <summary>After the options (100) have set the validation rules, as GraphQL.NET's own cache does.</summary>
    public float SortOrder => 200;

    /// <inheritdoc />
    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(next);
        if (_documents is null || options.Document is not null || options.Query is not { } query)
        {
            return await next(options).ConfigureAwait(false);
        }

        var cached = _documents.TryGetValue(query, out GraphQLDocument? document) && document is not null;
        if (cached)
        {
            options.Document = document;
            var cost = options.RequestServices?.GetService<ComplexityValidationRule>();
            IEnumerable<IValidationRule> rules = options.CachedDocumentValidationRules ?? [];
            options.ValidationRules = cost is null ? rules : rules.Append(cost);
        }

        var result = await next(options).ConfigureAwait(false);
        if (!cached && result.Executed && result.Document is { } validated)
        {
            _documents.Set(query, validated, new MemoryCacheEntryOptions { Size = Math.Max(1, query.Length) });
        }

        return result;
    }

    /// <inheritdoc />
    public void Dispose() => _documents?.Dispose();
}

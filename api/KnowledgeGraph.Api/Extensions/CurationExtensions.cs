namespace KnowledgeGraph.Api;

/// <summary>Registers curator writes.</summary>
public static class CurationExtensions
{
    /// <summary>Adds the curation service and its options (section <c>Curation</c>).</summary>
    public static IHostApplicationBuilder AddCuration(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<CurationOptions>().Bind(builder.Configuration.GetSection(CurationOptions.Section));
        builder.Services.AddSingleton<CurationService>();
        return builder;
    }
}

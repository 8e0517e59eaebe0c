
namespace KnowledgeGraph.Api;

/// <summary>Registers start-up seeding.</summary>
public static class SeedingExtensions
{
    /// <summary>Seeds the store from the dataset before the host starts answering.</summary>
    public static IHostApplicationBuilder AddDatasetSeeding(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SeedOptions>().Bind(builder.Configuration.GetSection(SeedOptions.Section));
        builder.Services.AddHostedService<DatasetSeeder>();
        return builder;
    }
}

using KnowledgeGraph.Api;

var builder = WebApplication.CreateBuilder(args);

builder.AddGraphStore();
builder.AddDatasetSeeding();
builder.AddApiServices();
builder.AddRateLimits();
builder.AddCuratorAuthentication();
builder.AddCuration();
builder.AddRestApi();
builder.AddGraphQLApi();
builder.AddBrowserGuide();

var app = builder.Build();

app.MapApiEndpoints();
app.MapRestApi();
app.MapGraphQLEndpoint("/graphql");
app.MapExplorer();
app.MapBrowserGuide();

app.Run();

/// <summary>The host's entry point (public so integration tests can start it).</summary>
public partial class Program;

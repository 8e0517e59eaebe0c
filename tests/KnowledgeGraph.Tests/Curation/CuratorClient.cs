using System.Net.Http.Json;
using System.Text.Json;
using KnowledgeGraph.Api;

namespace KnowledgeGraph.Tests;

/// <summary>GraphQL over HTTP with or without credentials, as a curator's tool sends it.</summary>
internal static class CuratorClient
{
    public const string CuratorKey = "curator-key-for-tests";
    public const string ReaderKey = "reader-key-for-tests";

    /// <summary>Settings with a curator key (held by "alice") and a reader key.</summary>
    public static Dictionary<string, string?> Keys(Dictionary<string, string?>? more = null)
    {
        var settings = new Dictionary<string, string?>(more ?? [])
        {
            ["Auth:ApiKeys:0:Name"] = "alice",
            ["Auth:ApiKeys:0:Hash"] = ApiKeyRegistry.Hash(CuratorKey),
            ["Auth:ApiKeys:0:Roles:0"] = "curator",
            ["Auth:ApiKeys:1:Name"] = "dashboard",
            ["Auth:ApiKeys:1:Hash"] = ApiKeyRegistry.Hash(ReaderKey),
            ["Auth:ApiKeys:1:Roles:0"] = "reader",
        };
        return settings;
    }

    public static async Task<JsonElement> PostAsync(this ApiFactory api, string query, object? variables = null, string? apiKey = null, string? bearer = null)
    {
        using var client = api.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        if (apiKey is not null)
        {
            request.Headers.Add("X-Api-Key", apiKey);
        }

        if (bearer is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", bearer);
        }

        using var response = await client.SendAsync(request);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}

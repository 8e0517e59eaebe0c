using System.Text.RegularExpressions;
using Xunit;
using YamlDotNet.Serialization;

namespace KnowledgeGraph.Tests;

/// <summary>
/// docker/compose.yaml and docker/Dockerfile, read as data (there is no Docker engine to run them here): the
/// services, images, ports, health checks and start order that make <c>docker compose up</c> the whole setup.
/// </summary>
public sealed partial class ComposeFileTests
{
    private static readonly Dictionary<string, object> Compose = new DeserializerBuilder().Build()
        .Deserialize<Dictionary<string, object>>(File.ReadAllText(RepositoryPaths.Of("docker", "compose.yaml")));

    private static readonly string Dockerfile = File.ReadAllText(RepositoryPaths.Of("docker", "Dockerfile"));

    [GeneratedRegex(@"^FROM\s+(?<image>\S+)\s+AS\s+(?<stage>\S+)\s*$", RegexOptions.Multiline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Stage();

    private static Dictionary<object, object> Service(string name) =>
        (Dictionary<object, object>)((Dictionary<object, object>)Compose["services"])[name];

    private static Dictionary<object, object> Map(Dictionary<object, object> parent, string key) => (Dictionary<object, object>)parent[key];

    private static List<string> Strings(Dictionary<object, object> parent, string key) =>
        ((List<object>)parent[key]).Select(x => x.ToString()!).ToList();

    private static string Env(string service, string key) => Map(Service(service), "environment")[key].ToString()!;

    [Fact]
    public void The_compose_file_has_neo4j_a_one_shot_seeder_and_the_api()
    {
        Assert.Equal(["api", "neo4j", "seed"], ((Dictionary<object, object>)Compose["services"]).Keys.Select(k => k.ToString()!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Neo4j_is_version_5_with_browser_and_bolt_a_password_from_env_a_healthcheck_and_the_guide_allowed()
    {
        var neo4j = Service("neo4j");

        Assert.Equal("neo4j:5", neo4j["image"]);
        Assert.Equal(["7474:7474", "7687:7687"], Strings(neo4j, "ports"));
        Assert.StartsWith("neo4j/${NEO4J_PASSWORD", Env("neo4j", "NEO4J_AUTH"), StringComparison.Ordinal);
        Assert.Contains("localhost", Env("neo4j", "NEO4J_browser_remote__content__hostname__allowlist").Split(','));
        Assert.Contains("cypher-shell", string.Join(' ', Strings(Map(neo4j, "healthcheck"), "test")), StringComparison.Ordinal);
        Assert.DoesNotContain(Map(neo4j, "environment").Keys, k => k.ToString()!.Contains("procedures", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void The_seeder_imports_into_neo4j_once_neo4j_is_healthy()
    {
        var seed = Service("seed");

        Assert.Equal("docker/Dockerfile", Map(seed, "build")["dockerfile"]);
        Assert.Equal("seed", Map(seed, "build")["target"]);
        Assert.Equal(["import", "--target", "neo4j"], Strings(seed, "command"));
        Assert.Equal("http://neo4j:7474", Env("seed", "NEO4J_URI"));
        Assert.StartsWith("${NEO4J_PASSWORD", Env("seed", "NEO4J_PASSWORD"), StringComparison.Ordinal);
        Assert.Equal("service_healthy", Map(Map(seed, "depends_on"), "neo4j")["condition"]);
        Assert.Equal("no", seed["restart"]);
    }

    [Fact]
    public void The_api_runs_on_neo4j_on_port_8080_after_the_seeder_with_a_readiness_healthcheck()
    {
        var api = Service("api");

        Assert.Equal("api", Map(api, "build")["target"]);
        Assert.Equal(["8080:8080"], Strings(api, "ports"));
        Assert.Equal("Neo4j", Env("api", "Store__Kind"));
        Assert.Equal("http://neo4j:7474", Env("api", "Neo4j__Uri"));
        Assert.StartsWith("${NEO4J_PASSWORD", Env("api", "Neo4j__Password"), StringComparison.Ordinal);
        Assert.Equal("service_healthy", Map(Map(api, "depends_on"), "neo4j")["condition"]);
        Assert.Equal("service_completed_successfully", Map(Map(api, "depends_on"), "seed")["condition"]);
        Assert.Contains("/health/ready", string.Join(' ', Strings(Map(api, "healthcheck"), "test")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_dockerfile_builds_with_sdk_10_and_runs_on_the_aspnet_10_runtime_as_a_non_root_user()
    {
        var stages = Stage().Matches(Dockerfile).ToDictionary(m => m.Groups["stage"].Value, m => m.Groups["image"].Value, StringComparer.Ordinal);

        Assert.Equal("mcr.microsoft.com/dotnet/sdk:10.0", stages["build"]);
        Assert.Equal("mcr.microsoft.com/dotnet/aspnet:10.0", stages["api"]);
        Assert.Equal("mcr.microsoft.com/dotnet/runtime:10.0", stages["seed"]);
        var users = Regex.Matches(Dockerfile, @"^USER\s+(\S+)", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["$APP_UID", "$APP_UID"], users);
        Assert.Contains("ASPNETCORE_HTTP_PORTS=8080", Dockerfile, StringComparison.Ordinal);
        Assert.Contains("Store__Kind=Neo4j", Dockerfile, StringComparison.Ordinal);
    }

    [Fact]
    public void The_password_lives_in_an_ignored_env_file_shipped_only_as_an_example()
    {
        Assert.Contains("NEO4J_PASSWORD=", File.ReadAllText(RepositoryPaths.Of("docker", ".env.example")), StringComparison.Ordinal);
        Assert.Contains("docker/.env", File.ReadAllLines(RepositoryPaths.Of(".gitignore")));
    }
}

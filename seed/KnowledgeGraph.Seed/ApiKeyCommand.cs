using System.CommandLine;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Seed;

/// <summary><c>apikey --name alice</c>: issues a curator API key and prints the configuration that admits it.</summary>
public static class ApiKeyCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Build()
    {
        var name = new Option<string>("--name") { Description = "Who holds the key; recorded as the author of every change made with it.", Required = true };
        var role = new Option<string>("--role") { Description = "The key's role: curator (may write) or any other name (read-only, own rate limit).", DefaultValueFactory = _ => "curator" };
        var command = new Command("apikey", "Issue an API key: prints the key once (give it to its holder) and the hashed configuration for the API.");
        command.Options.Add(name);
        command.Options.Add(role);
        command.SetAction(r =>
        {
            var (key, hash) = ApiKeys.Issue();
            var holder = r.GetValue(name)!;
            Console.Out.WriteLine($"API key for {holder} (shown once; the API stores only its hash):");
            Console.Out.WriteLine($"  {key}");
            Console.Out.WriteLine();
            Console.Out.WriteLine("Add to the API's configuration (appsettings.json, or the environment variables below; N = the next free index):");
            Console.Out.WriteLine($"  Auth__ApiKeys__N__Name={holder}");
            Console.Out.WriteLine($"  Auth__ApiKeys__N__Hash={hash}");
            Console.Out.WriteLine($"  Auth__ApiKeys__N__Roles__0={r.GetValue(role)}");
            return 0;
        });
        return command;
    }
}

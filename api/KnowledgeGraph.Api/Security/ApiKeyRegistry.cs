using System.Security.Cryptography;
using KnowledgeGraph.Graph;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api;

/// <summary>Checks API keys against the configured hashes in constant time.</summary>
public sealed class ApiKeyRegistry(IOptionsMonitor<AuthOptions> options)
{
    /// <summary>The SHA-256 hash of a key, as stored in configuration (upper-case hexadecimal).</summary>
    public static string Hash(string key) => ApiKeys.Hash(key);

    /// <summary>The configured key this is, or null.</summary>
    public ApiKeyOptions? Find(string? key)
    {
        if (string.IsNullOrEmpty(key))
        {
            return null;
        }

        var hash = Convert.FromHexString(Hash(key));
        ApiKeyOptions? found = null;
        foreach (var candidate in options.CurrentValue.ApiKeys)
        {
            // Compare every configured hash, so timing does not tell which prefix matched.
            if (TryFromHex(candidate.Hash, out var stored) && CryptographicOperations.FixedTimeEquals(stored, hash))
            {
                found = candidate;
            }
        }

        return found;
    }

    private static bool TryFromHex(string text, out byte[] bytes)
    {
        bytes = new byte[32];
        return text.Length == 64 && Convert.FromHexString(text, bytes, out _, out var written) == System.Buffers.OperationStatus.Done && written == 32;
    }
}

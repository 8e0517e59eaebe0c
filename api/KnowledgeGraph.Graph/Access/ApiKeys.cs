using System.Security.Cryptography;
using System.Text;

namespace KnowledgeGraph.Graph;

/// <summary>
/// Curator API keys: 256 random bits, stored only as their SHA-256 hash (a key has too much entropy for a salt
/// or a slow hash to add anything, as with GitHub's tokens).
/// </summary>
public static class ApiKeys
{
    /// <summary>The SHA-256 hash of a key, as configuration stores it (upper-case hexadecimal).</summary>
    public static string Hash(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
    }

    /// <summary>A new key (prefixed <c>kg_</c>, so scanners can recognise a leaked one) and its hash.</summary>
    public static (string Key, string Hash) Issue()
    {
        var key = "kg_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (key, Hash(key));
    }
}

using System.Text;
using System.Text.Json;

namespace KnowledgeGraph.Graph;

/// <summary>
/// Keyset cursors: the values of the order keys and the id of a node, as base64url JSON. A cursor is only
/// meaningful with the ordering it was made for; <see cref="TryDecode"/> rejects one whose key count differs.
/// </summary>
public static class Cursor
{
    /// <summary>The cursor of a node under an ordering.</summary>
    public static string Encode(GraphNode node, IReadOnlyList<SortKey> order)
    {
        var keys = new string?[order.Count + 1];
        for (var i = 0; i < order.Count; i++)
        {
            keys[i] = node.Get(order[i].Property) ?? string.Empty;
        }

        keys[^1] = node.Id;
        var json = JsonSerializer.SerializeToUtf8Bytes(keys);
        return Convert.ToBase64String(json).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <summary>Decodes a cursor into its key values (the order keys, then the id), or false when it is not one of ours.</summary>
    public static bool TryDecode(string cursor, int orderKeyCount, out IReadOnlyList<string> keys)
    {
        keys = [];
        try
        {
            var b64 = cursor.Replace('-', '+').Replace('_', '/');
            b64 = b64.PadRight(b64.Length + ((4 - (b64.Length % 4)) % 4), '=');
            var values = JsonSerializer.Deserialize<string?[]>(Encoding.UTF8.GetString(Convert.FromBase64String(b64)));
            if (values is null || values.Length != orderKeyCount + 1 || values.Any(v => v is null))
            {
                return false;
            }

            keys = values!;
            return true;
        }
        catch (Exception e) when (e is FormatException or JsonException or ArgumentException)
        {
            return false;
        }
    }
}

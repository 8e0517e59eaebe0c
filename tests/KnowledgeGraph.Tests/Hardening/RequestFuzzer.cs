using System.Text;
using System.Text.Json;

namespace KnowledgeGraph.Tests;

/// <summary>
/// Generates hostile GraphQL requests from a seed: valid queries mutated at random (characters dropped, repeated,
/// swapped, braces unbalanced), random tokens, variables of the wrong types, huge and odd strings, unicode, NUL
/// bytes and raw bodies that are not JSON at all.
/// </summary>
internal sealed class RequestFuzzer(int seed)
{
    private static readonly string[] Valid =
    [
        "{ hazards { totalCount nodes { id name category } } }",
        "query($t: String!) { search(text: $t, first: 5) { score snippet entity { id } } }",
        "query($id: ID!) { node(id: $id) { id name facts { type role other { id } evidence { quote } } } }",
        "{ programs(where: { hazards: { some: { category: { eq: DUST } } } }, order: [{ startDate: DESC }], first: 3) { nodes { name } pageInfo { endCursor } } }",
        "{ paths(from: \"agency:dol\", to: \"hazard:dust\", maxLength: 4) { length steps { type } } }",
        "{ diseases { nodes { coveredBy(kind: DIALOGUE) { direct program { name } } } } }",
        "query($after: String) { events(first: 2, after: $after) { edges { cursor node { id } } } }",
        "mutation($input: DeleteInput!) { deleteEntity(input: $input) { operation } }",
        "mutation { createEntity(input: { id: \"hazard:x\", name: \"X\", evidence: [] }) { id } }",
        "{ __schema { types { name fields { name } } } }",
    ];

    private static readonly string[] Tokens =
    [
        "{", "}", "(", ")", "[", "]", ":", "$", "!", "...", "@include(if: true)", "query", "mutation", "subscription", "fragment F on Hazard",
        "hazards", "node", "search", "where", "first: -1", "first: 100000", "after: \"bad\"", "\"", "\\u0000", "#", "__typename", "on", "null",
        "1e999", "-0", "\"\"\"block\"\"\"", "$x", "= 5", "&", "|", "'", ";", "--", "/*", "NEAR(", "*", "MATCH (n) DETACH DELETE n",
    ];

    private static readonly string[] Odd =
    [
        string.Empty, " ", "\0", "a\0b", "'; DROP TABLE nodes; --", "\") OR 1=1 --", "* NEAR(a b) OR", "}) MATCH (n) DETACH DELETE n //",
        "\u202e\u200b\ufeff", "𝔇𝔲𝔰𝔱 🏭", "粉尘", "尘肺病", "\ud800", "%00%27", "../../etc/passwd", "${jndi:ldap://x}", "<script>alert(1)</script>",
        new string('a', 70_000), string.Concat(Enumerable.Repeat("dust ", 5_000)), new string('(', 2_000), "\r\n\t\v\f",
    ];

    private readonly Random _random = new(seed);

    /// <summary>The next request: a body (usually JSON) and its content type.</summary>
    public (string Body, string ContentType) Next()
    {
        return _random.Next(10) switch
        {
            0 => (RawBody(), _random.Next(2) == 0 ? "application/json" : "text/plain"),
            1 or 2 => (Json(RandomTokens(), RandomVariables()), "application/json"),
            _ => (Json(Mutate(Pick(Valid)), RandomVariables()), "application/json"),
        };
    }

    private string Json(string query, object? variables)
    {
        var body = new Dictionary<string, object?> { ["query"] = query };
        if (variables is not null)
        {
            body["variables"] = variables;
        }

        if (_random.Next(8) == 0)
        {
            body["operationName"] = Pick(Odd);
        }

        return JsonSerializer.Serialize(body);
    }

    private string RawBody() => _random.Next(5) switch
    {
        0 => "[" + string.Join(",", Enumerable.Repeat("{\"query\":\"{ __typename }\"}", _random.Next(1, 20))) + "]",
        1 => "{\"query\": " + _random.Next() + "}",
        2 => "{\"query\": \"{ hazards { totalCount } }\", \"variables\": \"not an object\"}",
        3 => "\0\0\0",
        _ => Pick(Odd),
    };

    /// <summary>The next REST URL: a real endpoint with hostile path segments and query values.</summary>
    public string NextUrl()
    {
        string Odd1() => Uri.EscapeDataString(OddShort());

        // The in-memory test server refuses a NUL in the path before the app sees it (Kestrel answers 400).
        string Segment() => Uri.EscapeDataString(OddShort().Replace("\0", string.Empty, StringComparison.Ordinal));
        return _random.Next(6) switch
        {
            0 => $"/api/v1/{Pick(["hazards", "programs", "events", "people", "x", "%25"])}?q={Odd1()}&limit={Odd1()}&cursor={Odd1()}&sort={Odd1()}&from={Odd1()}&to={Odd1()}&kind={Odd1()}&country={Odd1()}",
            1 => $"/api/v1/entities/{Segment()}",
            2 => $"/api/v1/entities/{Segment()}/neighbours?type={Odd1()}&direction={Odd1()}",
            3 => $"/api/v1/search?q={Odd1()}&limit={Odd1()}",
            4 => $"/api/v1/paths?from={Odd1()}&to={Odd1()}&maxLength={Odd1()}",
            _ => $"/api/v1/export?format={Odd1()}",
        };
    }

    private string OddShort()
    {
        var odd = Pick(Odd);
        return odd.Length > 300 ? odd[..300] : odd;
    }

    private object? RandomVariables() => _random.Next(6) switch
    {
        0 => null,
        1 => new { t = Pick(Odd), id = Pick(Odd), after = Pick(Odd) },
        2 => new { t = _random.Next(), id = new[] { 1, 2 }, after = true },
        3 => new { input = new { id = Pick(Odd), expectedVersion = "one" } },
        4 => new { t = (string?)null, id = 1.5e308, after = new { nested = Pick(Odd) } },
        _ => new { input = Pick(Odd), t = new string('x', _random.Next(1, 5_000)) },
    };

    private string Mutate(string query)
    {
        var text = new StringBuilder(query);
        for (var i = _random.Next(1, 6); i > 0 && text.Length > 0; i--)
        {
            var at = _random.Next(text.Length);
            switch (_random.Next(5))
            {
                case 0:
                    text.Remove(at, 1);
                    break;
                case 1:
                    text.Insert(at, Pick(Tokens));
                    break;
                case 2:
                    text.Insert(at, new string(text[at], _random.Next(1, 50)));
                    break;
                case 3:
                    var odd = Pick(Odd);
                    text.Insert(at, "\"" + (odd.Length > 200 ? odd[..200] : odd) + "\"");
                    break;
                default:
                    var other = _random.Next(text.Length);
                    (text[at], text[other]) = (text[other], text[at]);
                    break;
            }
        }

        return text.ToString();
    }

    private string RandomTokens() => string.Join(" ", Enumerable.Range(0, _random.Next(1, 40)).Select(_ => Pick(Tokens)));

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];
}

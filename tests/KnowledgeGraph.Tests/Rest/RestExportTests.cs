using System.IO.Compression;
using System.Net;
using System.Text;
using System.Xml.Linq;
using KnowledgeGraph.Graph;
using Xunit;

namespace KnowledgeGraph.Tests;

/// <summary><c>/api/v1/export</c> over the curated graph: each format downloads as a file and reads back with the right content.</summary>
public sealed class RestExportTests(CuratedFixture fixture) : IClassFixture<CuratedFixture>
{
    private HttpClient Client { get; } = fixture.Api.CreateClient();

    [Theory]
    [InlineData("json", "application/json", "knowledge-graph.json")]
    [InlineData("csv", "application/zip", "knowledge-graph-csv.zip")]
    [InlineData("graphml", "application/graphml+xml", "knowledge-graph.graphml")]
    [InlineData("cypher", "text/plain", "knowledge-graph.cypher")]
    public async Task Each_format_is_a_download_with_its_media_type_and_file_name(string format, string mediaType, string fileName)
    {
        using var response = await Client.GetAsync(new Uri("/api/v1/export?format=" + format, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(fileName, response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 1000);
    }

    [Fact]
    public async Task The_JSON_export_imported_into_an_empty_store_gives_the_same_graph()
    {
        await using var stream = await Client.GetStreamAsync(new Uri("/api/v1/export?format=json", UriKind.Relative));
        var exported = JsonExport.Read(stream);
        Assert.Equal(fixture.Dataset.Nodes.Count, exported.Nodes.Count);
        Assert.Equal(fixture.Dataset.Relationships.Count, exported.Relationships.Count);

        await using var empty = await TempStore.CreateAsync();
        var result = await empty.Store.ImportAsync(exported, "round-trip", CancellationToken.None);
        Assert.Equal(exported.Nodes.Count, result.NodesAdded);
        Assert.Equal(exported.Relationships.Count, result.RelationshipsAdded);

        var original = await fixture.Api.Store.ExportAsync(CancellationToken.None);
        var copy = await empty.Store.ExportAsync(CancellationToken.None);
        Assert.Equal(Canonical(original), Canonical(copy));
        Assert.Equal(
            original.Nodes.Sum(n => n.Evidence.Count) + original.Relationships.Sum(r => r.Evidence.Count),
            copy.Nodes.Sum(n => n.Evidence.Count) + copy.Relationships.Sum(r => r.Evidence.Count));
    }

    [Fact]
    public async Task The_GraphML_export_parses_declares_its_keys_and_has_every_node_and_edge()
    {
        await using var stream = await Client.GetStreamAsync(new Uri("/api/v1/export?format=graphml", UriKind.Relative));
        var document = XDocument.Load(stream);
        XNamespace g = GraphMLExport.Namespace;
        var root = document.Root!;
        Assert.Equal(g + "graphml", root.Name);
        var keys = root.Elements(g + "key").Select(k => (string)k.Attribute("id")!).ToHashSet(StringComparer.Ordinal);
        var graph = root.Element(g + "graph")!;
        Assert.Equal("directed", (string?)graph.Attribute("edgedefault"));

        var nodes = graph.Elements(g + "node").ToList();
        var edges = graph.Elements(g + "edge").ToList();
        Assert.Equal(fixture.Dataset.Nodes.Count, nodes.Count);
        Assert.Equal(fixture.Dataset.Relationships.Count, edges.Count);

        var ids = nodes.Select(n => (string)n.Attribute("id")!).ToHashSet(StringComparer.Ordinal);
        Assert.All(edges, e => Assert.Contains((string)e.Attribute("source")!, ids));
        Assert.All(edges, e => Assert.Contains((string)e.Attribute("target")!, ids));
        Assert.All(graph.Descendants(g + "data"), d => Assert.Contains((string)d.Attribute("key")!, keys));

        var hazard = fixture.Dataset.Nodes.First(x => x.Label == "Hazard");
        var element = nodes.Single(n => (string)n.Attribute("id")! == hazard.Id);
        string Data(XElement e, string key) => e.Elements(g + "data").Single(d => (string)d.Attribute("key")! == key).Value;
        string KeyName(string id) => (string)root.Elements(g + "key").Single(k => (string)k.Attribute("id")! == id).Attribute("attr.name")!;
        Assert.Equal("Hazard", Data(element, "n_labels"));
        Assert.Equal(hazard.Name, Data(element, "n_label"));
        Assert.Equal("label", KeyName("n_label")); // Gephi's caption
        Assert.Contains(hazard.Evidence[0].Quote, Data(element, "n_evidenceQuotes"), StringComparison.Ordinal);
        Assert.All(edges, e => Assert.False(string.IsNullOrEmpty(Data(e, "e_type"))));
    }

    [Fact]
    public async Task The_CSV_export_is_a_zip_of_nodes_and_relationships_in_neo4j_admin_import_style()
    {
        await using var stream = await Client.GetStreamAsync(new Uri("/api/v1/export?format=csv", UriKind.Relative));
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer);
        using var zip = new ZipArchive(buffer, ZipArchiveMode.Read);
        Assert.Equal([CsvExport.NodesFile, CsvExport.RelationshipsFile], zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));

        var nodes = ReadCsv(zip.GetEntry(CsvExport.NodesFile)!);
        var relationships = ReadCsv(zip.GetEntry(CsvExport.RelationshipsFile)!);
        Assert.Equal(["id:ID", ":LABEL", "name:string"], nodes[0].Take(3));
        Assert.Contains("aliases:string[]", nodes[0]);
        Assert.Contains("startDate:string", nodes[0]);
        Assert.Equal([":START_ID", ":END_ID", ":TYPE"], relationships[0].Take(3));
        Assert.Contains("role:string", relationships[0]);
        Assert.All(nodes.Concat(relationships), row => Assert.Equal(row == nodes[0] || nodes.Contains(row) ? nodes[0].Count : relationships[0].Count, row.Count));

        Assert.Equal(fixture.Dataset.Nodes.Count, nodes.Count - 1);
        Assert.Equal(fixture.Dataset.Relationships.Count, relationships.Count - 1);

        var byId = nodes.Skip(1).ToDictionary(r => r[0], StringComparer.Ordinal);
        var node = fixture.Dataset.Nodes.First(n => n.Aliases.Count > 1);
        Assert.Equal("Entity;" + node.Label, byId[node.Id][1]);
        Assert.Equal(string.Join(';', node.Aliases), byId[node.Id][nodes[0].IndexOf("aliases:string[]")]);
        Assert.Equal(node.Name, byId[node.Id][2]);
        Assert.All(relationships.Skip(1), r => Assert.True(byId.ContainsKey(r[0]) && byId.ContainsKey(r[1]), $"{r[0]} -> {r[1]}"));
    }

    private static string Canonical(GraphDataset dataset)
    {
        var sorted = new GraphDataset(
            [.. dataset.Nodes.OrderBy(n => n.Id, StringComparer.Ordinal)],
            [.. dataset.Relationships.OrderBy(r => r.Id, StringComparer.Ordinal)]);
        using var buffer = new MemoryStream();
        JsonExport.Write(sorted, buffer);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    // RFC 4180: quoted fields may hold commas, doubled quotes and line breaks.
    private static List<List<string>> ReadCsv(ZipArchiveEntry entry)
    {
        using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
        var text = reader.ReadToEnd();
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
            }
            else
            {
                field.Append(c);
            }
        }

        return rows;
    }
}

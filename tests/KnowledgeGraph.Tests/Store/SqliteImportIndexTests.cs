using KnowledgeGraph.Graph;
using KnowledgeGraph.Store.Sqlite;
using Microsoft.Data.Sqlite;
using Xunit;

namespace KnowledgeGraph.Tests;

/// <summary>
/// A first import builds the secondary indexes after its rows, a later one keeps them in place: either way the file
/// ends with every index of the schema, and queries that use them answer as before.
/// </summary>
public sealed class SqliteImportIndexTests
{
    [Fact]
    public async Task A_first_import_ends_with_every_index()
    {
        await using var temp = await TempStore.CreateAsync(SampleGraph.Build());

        Assert.Equal(SqliteSchema.Indexes.Select(i => i.Name).Order(StringComparer.Ordinal), await IndexesAsync(temp));
    }

    [Fact]
    public async Task A_small_change_imported_later_keeps_every_index_and_finds_the_new_relationship()
    {
        var original = SampleGraph.Build();
        await using var temp = await TempStore.CreateAsync(original);
        var added = SampleGraph.Rel("program:labor-dialogue", "INVOLVES", "country:cn");
        var changed = new GraphDataset(original.Nodes, [.. original.Relationships, added]);

        var result = await temp.Store.ImportAsync(changed, "h2", CancellationToken.None);

        Assert.Equal(1, result.RelationshipsAdded);
        Assert.Equal(SqliteSchema.Indexes.Select(i => i.Name).Order(StringComparer.Ordinal), await IndexesAsync(temp));
        var exported = await temp.Store.ExportAsync(CancellationToken.None);
        Assert.Contains(exported.Relationships, r => r.Id == added.Id);
    }

    private static async Task<List<string>> IndexesAsync(TempStore temp)
    {
        await using var connection = new SqliteConnection($"Data Source={temp.Path};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('nodes', 'rels') AND name NOT LIKE 'sqlite_autoindex%' ORDER BY name";
        List<string> names = [];
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }

        names.Sort(StringComparer.Ordinal);
        return names;
    }
}

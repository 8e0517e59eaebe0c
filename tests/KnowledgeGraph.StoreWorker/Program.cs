using KnowledgeGraph.Graph;
using KnowledgeGraph.Store.Sqlite;
using KnowledgeGraph.StoreWorker;

// Usage: import|write <database path>. Prints one line per committed step, flushed, until it is killed.
if (args.Length != 2 || args[0] is not ("import" or "write"))
{
    Console.Error.WriteLine("usage: KnowledgeGraph.StoreWorker import|write <database path>");
    return 2;
}

var store = new SqliteGraphStore(new SqliteStoreOptions { Path = args[1] });
await store.InitializeAsync(CancellationToken.None);

// Built before "ready", so the kill lands in the imports, not in parsing.
var datasets = args[0] == "import" ? new[] { ("A", CrashDatasets.A()), ("B", CrashDatasets.B()) } : [];
Console.Out.WriteLine("ready");
Console.Out.Flush();
if (args[0] == "import")
{
    for (var i = 0; ; i++)
    {
        var (name, dataset) = datasets[i % 2];
        await store.ImportAsync(dataset, name, CancellationToken.None);
        Console.Out.WriteLine("imported " + name);
        Console.Out.Flush();
    }
}

for (var i = 0; ; i++)
{
    var id = $"topic:crash-{Environment.ProcessId}-{i}";
    var node = new GraphNode(id, "Topic", $"Crash topic {i}", null, [], new Dictionary<string, string>(), [new Evidence("source:dol-ilab-us-china", "labor dialogue")]);
    await store.WriteAsync(new GraphWrite(WriteOperation.CreateNode, id, node, null, null, "crash-test"), CancellationToken.None);
    Console.Out.WriteLine("wrote " + id);
    Console.Out.Flush();
}

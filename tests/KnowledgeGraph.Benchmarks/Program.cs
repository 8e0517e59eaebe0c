using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(KnowledgeGraph.Benchmarks.StoreBenchmarks).Assembly).Run(args);

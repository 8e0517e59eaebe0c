using System.Reflection;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Tests;

/// <summary>A store whose one method (node queries unless named) fails with the given exception; everything else is the real store.</summary>
public class FailingStore : DispatchProxy
{
    private IGraphStore _inner = null!;
    private Exception _failure = null!;
    private string _method = null!;

    public static IGraphStore Wrap(IGraphStore inner, Exception failure, string method = nameof(IGraphStore.QueryNodesAsync))
    {
        var proxy = Create<IGraphStore, FailingStore>();
        var self = (FailingStore)(object)proxy;
        self._inner = inner;
        self._failure = failure;
        self._method = method;
        return proxy;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        if (targetMethod!.Name == _method)
        {
            throw _failure;
        }

        try
        {
            return targetMethod.Invoke(_inner, args);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw e.InnerException;
        }
    }
}

namespace KnowledgeGraph.Graph;

/// <summary>
/// Why a program covers a disease or hazard: <paramref name="Direct"/> when it ADDRESSES it, otherwise through a
/// hazard that CAUSES the disease, an event that COVERED it, or a subprogram that covers it. The path runs from
/// the program to the target and is the shortest such explanation.
/// </summary>
/// <param name="TargetId">The disease or hazard covered.</param>
/// <param name="ProgramId">The program that covers it.</param>
/// <param name="Direct">True when the program itself ADDRESSES the target.</param>
/// <param name="Path">The explanation, program first.</param>
public sealed record Coverage(string TargetId, string ProgramId, bool Direct, GraphPath Path)
{
    /// <summary>The program's node when the store read it while finding the coverage (callers then need not read it again); otherwise null.</summary>
    public GraphNode? Program { get; init; }
}

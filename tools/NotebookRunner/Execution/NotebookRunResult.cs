using NotebookRunner.Notebooks;

namespace NotebookRunner.Execution;

/// <summary>The outcome of executing one notebook.</summary>
/// <param name="Notebook">The executed copy, with its new outputs.</param>
/// <param name="Problems">Unexpected errors, timeouts and crashes, in cell order.</param>
/// <param name="KernelStartup">How long the kernel took to get ready.</param>
/// <param name="Elapsed">The whole run, start-up included.</param>
internal sealed record NotebookRunResult(Notebook Notebook, IReadOnlyList<CellProblem> Problems, TimeSpan KernelStartup, TimeSpan Elapsed)
{
    /// <summary>Whether every cell behaved as expected.</summary>
    public bool Succeeded => Problems.Count == 0;
}

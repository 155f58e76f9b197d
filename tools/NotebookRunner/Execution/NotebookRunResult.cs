using NotebookRunner.Notebooks;

namespace NotebookRunner.Execution;

/// <summary>The outcome of executing a notebook.</summary>
/// <param name="Notebook">The notebook with its new outputs.</param>
/// <param name="Problems">The cells that failed, in order; empty when the run is clean.</param>
/// <param name="Elapsed">How long the run took.</param>
internal sealed record NotebookRunResult(Notebook Notebook, IReadOnlyList<CellProblem> Problems, TimeSpan Elapsed)
{
    /// <summary>Whether every cell ran as expected.</summary>
    public bool Succeeded => Problems.Count == 0;
}

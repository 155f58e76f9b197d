using NotebookRunner.Notebooks;

namespace NotebookRunner.Execution;

/// <summary>Receives progress of long runs: which notebook, which cell, elapsed time.</summary>
internal interface IProgressReporter
{
    /// <summary>A cell starts.</summary>
    void CellStarted(Notebook notebook, NotebookCell cell, int codeCellNumber, int codeCellCount);

    /// <summary>A cell is still running after <paramref name="elapsed"/>.</summary>
    void CellRunning(Notebook notebook, NotebookCell cell, TimeSpan elapsed);

    /// <summary>A cell ended.</summary>
    void CellFinished(Notebook notebook, NotebookCell cell, CellOutcome outcome, TimeSpan elapsed);
}

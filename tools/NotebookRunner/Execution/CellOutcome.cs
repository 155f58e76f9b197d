namespace NotebookRunner.Execution;

/// <summary>How a cell ended.</summary>
internal enum CellOutcome
{
    /// <summary>The cell ran to the end.</summary>
    Succeeded,

    /// <summary>The cell did not compile, threw, or a directive failed; an error output was recorded.</summary>
    Failed,

    /// <summary>The cell ran longer than the per-cell timeout.</summary>
    TimedOut,
}

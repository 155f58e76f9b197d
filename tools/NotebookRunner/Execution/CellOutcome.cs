namespace NotebookRunner.Execution;

/// <summary>How a cell's execution ended.</summary>
internal enum CellOutcome
{
    /// <summary>The kernel reported success.</summary>
    Succeeded,

    /// <summary>The kernel reported failure (compilation error or exception).</summary>
    Failed,

    /// <summary>The cell ran longer than the timeout; the kernel was killed.</summary>
    TimedOut,

    /// <summary>The kernel process ended while the cell ran (a crash).</summary>
    KernelExited,
}

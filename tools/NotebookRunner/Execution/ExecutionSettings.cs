namespace NotebookRunner.Execution;

/// <summary>Settings of a run.</summary>
/// <param name="CellTimeout">How long one cell may run before its kernel is killed.</param>
internal sealed record ExecutionSettings(TimeSpan CellTimeout)
{
    /// <summary>The default per-cell timeout.</summary>
    public static readonly TimeSpan DefaultCellTimeout = TimeSpan.FromSeconds(60);

    /// <summary>How long a kernel may take to get ready (start-up is slow on a loaded machine).</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(120);
}

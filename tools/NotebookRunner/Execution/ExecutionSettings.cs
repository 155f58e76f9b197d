namespace NotebookRunner.Execution;

/// <summary>Settings of a notebook run.</summary>
/// <param name="CellTimeout">How long one cell may run before the notebook is stopped.</param>
internal sealed record ExecutionSettings(TimeSpan CellTimeout)
{
    /// <summary>The default per-cell timeout.</summary>
    public static readonly TimeSpan DefaultCellTimeout = TimeSpan.FromSeconds(60);
}

namespace NotebookRunner.Execution;

/// <summary>Something wrong with one cell of a run: an unexpected error, a missing expected error, a timeout.</summary>
/// <param name="CellLabel">The cell, e.g. <c>cell 3 (id 7f2c)</c>.</param>
/// <param name="Message">What went wrong, first line first.</param>
internal sealed record CellProblem(string CellLabel, string Message);

using System.Globalization;
using NotebookRunner.Execution;
using NotebookRunner.Notebooks;

namespace NotebookRunner.Commands;

/// <summary>
/// Writes progress to standard error: a line per notebook, a line every few seconds while a cell runs
/// long, and with <c>--verbose</c> a line per cell.
/// </summary>
internal sealed class ConsoleProgressReporter(TextWriter error, bool verbose) : IProgressReporter
{
    /// <summary>A notebook starts.</summary>
    public void NotebookStarted(string displayPath, int number, int count) =>
        error.WriteLine($"[{number}/{count}] {displayPath}");

    /// <inheritdoc/>
    public void CellStarted(Notebook notebook, NotebookCell cell, int codeCellNumber, int codeCellCount)
    {
        if (verbose)
        {
            error.WriteLine($"  {cell.Label}: code cell {codeCellNumber}/{codeCellCount} running");
        }
    }

    /// <inheritdoc/>
    public void CellRunning(Notebook notebook, NotebookCell cell, TimeSpan elapsed) =>
        error.WriteLine($"  {notebook.DisplayPath}: {cell.Label} still running ({Seconds(elapsed)})");

    /// <inheritdoc/>
    public void CellFinished(Notebook notebook, NotebookCell cell, CellOutcome outcome, TimeSpan elapsed)
    {
        var expected = outcome == CellOutcome.Failed && cell.RaisesException;
        if (verbose || (outcome != CellOutcome.Succeeded && !expected))
        {
            var status = outcome switch
            {
                CellOutcome.Succeeded => "ok",
                CellOutcome.Failed => expected ? "error (expected: raises-exception)" : "error",
                CellOutcome.TimedOut => "timed out",
                _ => "kernel process ended",
            };
            error.WriteLine($"  {cell.Label}: {status} ({Seconds(elapsed)})");
        }
    }

    /// <summary>Formats a duration as seconds, e.g. <c>1.25 s</c>.</summary>
    public static string Seconds(TimeSpan elapsed) =>
        elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + " s";
}

using System.Diagnostics;
using System.Globalization;
using NotebookRunner.Kernel;
using NotebookRunner.Notebooks;

namespace NotebookRunner.Execution;

/// <summary>
/// Executes a notebook's C# cells in order in a fresh .NET Interactive kernel started for that notebook (its folder
/// as working directory), and stores each cell's outputs as VS Code saves them. Execution stops at the first cell
/// that fails unexpectedly, times out or loses its kernel; the cells after it are left without outputs.
/// </summary>
internal sealed class NotebookExecutor(ExecutionSettings settings, IProgressReporter progress)
{
    private static readonly TimeSpan s_heartbeat = TimeSpan.FromSeconds(5);

    /// <summary>Checks, before running anything, that every code cell is a C# cell.</summary>
    /// <exception cref="NotebookException">A cell is for another kernel or an unknown language.</exception>
    public static void Prepare(Notebook notebook)
    {
        foreach (var cell in notebook.Cells.Where(c => c.IsCode))
        {
            CellLanguage.EnsureCSharp(notebook, cell);
        }
    }

    /// <summary>Executes a copy of <paramref name="notebook"/> and returns it with its new outputs.</summary>
    /// <exception cref="NotebookException">A cell cannot be run (checked before anything runs).</exception>
    /// <exception cref="KernelUnavailableException">The kernel is not installed.</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled (Ctrl+C).</exception>
    public async Task<NotebookRunResult> ExecuteAsync(Notebook notebook, CancellationToken cancellationToken)
    {
        var executed = notebook.Clone();
        Prepare(executed);
        var tool = KernelTool.Find(executed.Directory);
        var codeCells = executed.Cells.Where(c => c.IsCode).ToList();
        foreach (var cell in codeCells)
        {
            cell.SetOutputs([], executionCount: null);
        }

        var problems = new List<CellProblem>();
        var clock = Stopwatch.StartNew();
        KernelProcess kernel;
        try
        {
            kernel = await KernelProcess.StartAsync(tool, executed.Directory, settings.StartTimeout, cancellationToken);
        }
        catch (KernelExitedException e)
        {
            cancellationToken.ThrowIfCancellationRequested();
            problems.Add(new CellProblem("kernel", $"did not start: {e.Message}"));
            return new NotebookRunResult(executed, problems, clock.Elapsed, clock.Elapsed);
        }

        var startup = clock.Elapsed;
        using (kernel)
        {
            var ids = new NotebookOutputIds();
            var executionCount = 0;
            for (var i = 0; i < codeCells.Count; i++)
            {
                var cell = codeCells[i];
                progress.CellStarted(executed, cell, i + 1, codeCells.Count);
                var outputs = new CellOutputs(ids);
                var (outcome, elapsed) = await RunCellAsync(kernel, executed, cell, outputs, cancellationToken);

                // Polyglot numbers every cell it ran, failed or not, from 1.
                cell.SetOutputs(outputs.ToJson(), ++executionCount);
                progress.CellFinished(executed, cell, outcome, elapsed);

                if (Judge(cell, outcome, outputs) is { } problem)
                {
                    problems.Add(problem);
                    if (outcome != CellOutcome.Failed || !cell.RaisesException)
                    {
                        break;
                    }
                }
            }
        }

        // Ctrl+C kills the kernels: what the cells recorded after that is not a result.
        cancellationToken.ThrowIfCancellationRequested();
        return new NotebookRunResult(executed, problems, startup, clock.Elapsed);
    }

    private async Task<(CellOutcome Outcome, TimeSpan Elapsed)> RunCellAsync(
        KernelProcess kernel, Notebook notebook, NotebookCell cell, CellOutputs outputs, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.CellTimeout);
        var execution = kernel.SubmitCodeAsync(cell.Source, outputs.Add, timeout.Token);
        while (await Task.WhenAny(execution, Task.Delay(s_heartbeat, CancellationToken.None)) != execution)
        {
            progress.CellRunning(notebook, cell, clock.Elapsed);
        }

        try
        {
            return (await execution ? CellOutcome.Succeeded : CellOutcome.Failed, clock.Elapsed);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            kernel.Dispose();
            var seconds = settings.CellTimeout.TotalSeconds.ToString(CultureInfo.InvariantCulture);
            outputs.AddError($"Cell timed out after {seconds} s; nbrun stopped the kernel.");
            return (CellOutcome.TimedOut, clock.Elapsed);
        }
        catch (KernelExitedException e)
        {
            outputs.AddError($"The kernel stopped while the cell ran: {e.Message}");
            return (CellOutcome.KernelExited, clock.Elapsed);
        }
    }

    private static CellProblem? Judge(NotebookCell cell, CellOutcome outcome, CellOutputs outputs) => outcome switch
    {
        CellOutcome.TimedOut => new CellProblem(cell.Label, "timed out; the kernel was stopped and the notebook with it."),
        CellOutcome.KernelExited => new CellProblem(cell.Label, $"the kernel process ended; the notebook was stopped. {outputs.LastError}"),
        CellOutcome.Failed when !cell.RaisesException => new CellProblem(cell.Label, $"error: {FirstLine(outputs.LastError)}"),
        CellOutcome.Succeeded when cell.RaisesException =>
            new CellProblem(cell.Label, $"expected an error (tag '{NotebookCell.RaisesExceptionTag}') but the cell succeeded."),
        _ => null,
    };

    private static string FirstLine(string? text) => (text ?? string.Empty).Split('\n')[0];
}

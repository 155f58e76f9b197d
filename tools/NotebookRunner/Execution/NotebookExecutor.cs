using System.Diagnostics;
using System.Globalization;
using NotebookRunner.Notebooks;

namespace NotebookRunner.Execution;

/// <summary>
/// Executes a notebook's C# cells in order in a fresh kernel session, with the notebook's folder as
/// working directory, and stores each cell's outputs. Execution stops at the first cell that fails
/// unexpectedly or times out (as "Run All" does); the cells after it are left without outputs.
/// </summary>
internal sealed class NotebookExecutor(NuGetRestorer restorer, ExecutionSettings settings, IProgressReporter progress)
{
    private static readonly TimeSpan s_heartbeat = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Checks, before running anything, that every code cell is C# and uses only supported directives.
    /// </summary>
    /// <exception cref="NotebookException">A cell cannot be run; the message names the cell and the reason.</exception>
    public static IReadOnlyDictionary<NotebookCell, Submission> Prepare(Notebook notebook)
    {
        var submissions = new Dictionary<NotebookCell, Submission>();
        foreach (var cell in notebook.Cells.Where(c => c.IsCode))
        {
            CellLanguage.EnsureCSharp(notebook, cell);
            try
            {
                submissions[cell] = SubmissionParser.Parse(cell.Source);
            }
            catch (UnsupportedDirectiveException e)
            {
                throw new NotebookException($"{notebook.DisplayPath}: {cell.Label}, directive {e.Directive}: {e.Message}");
            }
        }

        return submissions;
    }

    /// <summary>Executes a copy of <paramref name="notebook"/> and returns it with its new outputs.</summary>
    /// <exception cref="NotebookException">A cell cannot be run (checked before anything runs).</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled (Ctrl+C).</exception>
    public async Task<NotebookRunResult> ExecuteAsync(Notebook notebook, CancellationToken cancellationToken)
    {
        var executed = notebook.Clone();
        var submissions = Prepare(executed);
        var problems = new List<CellProblem>();
        var clock = Stopwatch.StartNew();
        var previousDirectory = Environment.CurrentDirectory;

        OutputRouter.InstallConsoleCapture();
        FrameworkAssemblyLoader.Install(SharedFrameworks.Current);
        ValueFormatter.Reset();
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
        Environment.CurrentDirectory = executed.Directory;
        try
        {
            var kernel = new CSharpScriptKernel(executed.Directory, restorer);
            await kernel.StartAsync(cancellationToken);

            var codeCells = executed.Cells.Where(c => c.IsCode).ToList();
            var stopped = false;
            for (var i = 0; i < codeCells.Count; i++)
            {
                var cell = codeCells[i];
                if (stopped)
                {
                    cell.SetOutputs([], executionCount: null);
                    continue;
                }

                progress.CellStarted(executed, cell, i + 1, codeCells.Count);
                var (outcome, recorder, elapsed) = await RunCellAsync(kernel, executed, cell, submissions[cell], cancellationToken);
                cell.SetOutputs(recorder.ToJson(i + 1), i + 1);
                progress.CellFinished(executed, cell, outcome, elapsed);

                var problem = Judge(cell, outcome, recorder);
                if (problem is not null)
                {
                    problems.Add(problem);
                    stopped = outcome == CellOutcome.TimedOut || (outcome == CellOutcome.Failed && !cell.RaisesException);
                }
            }
        }
        finally
        {
            Environment.CurrentDirectory = previousDirectory;
        }

        return new NotebookRunResult(executed, problems, clock.Elapsed);
    }

    private async Task<(CellOutcome Outcome, OutputRecorder Recorder, TimeSpan Elapsed)> RunCellAsync(
        CSharpScriptKernel kernel, Notebook notebook, NotebookCell cell, Submission submission, CancellationToken cancellationToken)
    {
        var recorder = new OutputRecorder();
        var clock = Stopwatch.StartNew();
        OutputRouter.BeginCell(recorder);
        try
        {
            // Task.Run: a cell that never awaits (a busy loop) must not block the timeout.
            var execution = Task.Run(() => kernel.ExecuteAsync(submission, recorder, cancellationToken), CancellationToken.None);
            while (!execution.IsCompleted)
            {
                var remaining = settings.CellTimeout - clock.Elapsed;
                if (remaining <= TimeSpan.Zero)
                {
                    recorder.AddError(
                        $"Cell timed out after {settings.CellTimeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s; the notebook was stopped.");
                    return (CellOutcome.TimedOut, recorder, clock.Elapsed);
                }

                var wait = remaining < s_heartbeat ? remaining : s_heartbeat;
                await Task.WhenAny(execution, Task.Delay(wait, cancellationToken));
                cancellationToken.ThrowIfCancellationRequested();
                if (!execution.IsCompleted && clock.Elapsed >= s_heartbeat)
                {
                    progress.CellRunning(notebook, cell, clock.Elapsed);
                }
            }

            var succeeded = await execution;
            return (succeeded ? CellOutcome.Succeeded : CellOutcome.Failed, recorder, clock.Elapsed);
        }
        finally
        {
            OutputRouter.EndCell(recorder);
        }
    }

    private static CellProblem? Judge(NotebookCell cell, CellOutcome outcome, OutputRecorder recorder)
    {
        switch (outcome)
        {
            case CellOutcome.TimedOut:
                return new CellProblem(cell.Label, "timed out; the notebook was stopped.");
            case CellOutcome.Failed when !cell.RaisesException:
                var error = recorder.ToJson(0).Select(o => o?["evalue"]?.GetValue<string>()).LastOrDefault(v => v is not null);
                return new CellProblem(cell.Label, $"error: {error}");
            case CellOutcome.Succeeded when cell.RaisesException:
                return new CellProblem(cell.Label, $"expected an error (tag '{NotebookCell.RaisesExceptionTag}') but the cell succeeded.");
            default:
                return null;
        }
    }
}

using System.Diagnostics;
using NotebookRunner.Kernel;
using NotebookRunner.Notebooks;

namespace NotebookRunner.Commands;

/// <summary>
/// Runs one command over the notebooks named on the command line: finds them, handles up to
/// <c>parallelism</c> of them at a time, prints each notebook's report in notebook order, turns input problems
/// into one line each, stops on Ctrl+C, and ends with the line <c>command: N notebooks, P passed, F failed (T s)</c>.
/// </summary>
internal sealed class NotebookBatch(string commandName, TextWriter output, TextWriter error, int parallelism = 1)
{
    /// <summary>
    /// Calls <paramref name="handle"/> for each notebook, with a writer for its report; it returns true when the
    /// notebook passed. With <paramref name="needsKernel"/>, first checks that the kernel of every notebook is
    /// installed, and reports the first that is not in one line (exit code 2) before anything runs.
    /// </summary>
    public async Task<int> RunAsync(
        IReadOnlyList<string> paths,
        Func<FoundNotebook, int, int, TextWriter, Task<bool>> handle,
        CancellationToken cancellationToken,
        bool needsKernel = false)
    {
        IReadOnlyList<FoundNotebook> notebooks;
        try
        {
            notebooks = NotebookFinder.Find(paths);
            if (needsKernel)
            {
                foreach (var folder in notebooks.Select(n => Path.GetDirectoryName(n.Path)!).Distinct(StringComparer.Ordinal))
                {
                    KernelTool.Find(folder);
                }
            }
        }
        catch (Exception e) when (e is NotebookException or KernelUnavailableException)
        {
            error.WriteLine(e.Message);
            return ExitCodes.InvalidInput;
        }

        var where = paths.Count > 0 ? string.Join(", ", paths) : NotebookFinder.DefaultFolder;
        if (notebooks.Count == 0)
        {
            output.WriteLine($"{commandName}: 0 notebooks found in {where}; nothing to do.");
            return ExitCodes.Success;
        }

        var clock = Stopwatch.StartNew();
        using var slots = new SemaphoreSlim(Math.Max(1, parallelism));
        var runs = notebooks.Select((notebook, i) => RunOneAsync(notebook, i, notebooks.Count, handle, slots, cancellationToken)).ToList();

        var exitCode = ExitCodes.Success;
        var passed = 0;
        foreach (var run in runs)
        {
            var (code, report) = await run;
            output.Write(report);
            output.Flush();
            exitCode = ExitCodes.Worst(exitCode, code);
            passed += code == ExitCodes.Success ? 1 : 0;
        }

        if (exitCode == ExitCodes.Cancelled)
        {
            return exitCode;
        }

        var failed = notebooks.Count - passed;
        output.WriteLine(
            $"{commandName}: {notebooks.Count} notebook{(notebooks.Count == 1 ? string.Empty : "s")}, "
            + $"{passed} passed, {failed} failed ({ConsoleProgressReporter.Seconds(clock.Elapsed)})");
        return exitCode;
    }

    private async Task<(int ExitCode, string Report)> RunOneAsync(
        FoundNotebook notebook, int index, int count, Func<FoundNotebook, int, int, TextWriter, Task<bool>> handle,
        SemaphoreSlim slots, CancellationToken cancellationToken)
    {
        var report = new StringWriter();
        try
        {
            await slots.WaitAsync(cancellationToken);
            try
            {
                cancellationToken.ThrowIfCancellationRequested();
                var passed = await handle(notebook, index + 1, count, report);
                return (passed ? ExitCodes.Success : ExitCodes.Failed, report.ToString());
            }
            finally
            {
                slots.Release();
            }
        }
        catch (Exception e) when (e is NotebookException or KernelUnavailableException)
        {
            report.WriteLine($"FAIL {notebook.DisplayPath}");
            error.WriteLine(e.Message);
            return (ExitCodes.InvalidInput, report.ToString());
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            error.WriteLine($"{commandName}: cancelled; {notebook.DisplayPath} was left unchanged.");
            return (ExitCodes.Cancelled, string.Empty);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug of the runner, not of the notebook: report it and go on with the next notebook.
            report.WriteLine($"FAIL {notebook.DisplayPath}");
            error.WriteLine($"{notebook.DisplayPath}: internal error of nbrun: {e}");
            return (ExitCodes.Failed, report.ToString());
        }
    }
}

using System.Diagnostics;
using NotebookRunner.Notebooks;

namespace NotebookRunner.Commands;

/// <summary>
/// Runs one command over the notebooks named on the command line: finds them, handles each in turn,
/// turns input problems into one line each, stops on Ctrl+C, and prints a summary line.
/// </summary>
internal sealed class NotebookBatch(string commandName, TextWriter output, TextWriter error)
{
    /// <summary>
    /// Calls <paramref name="handle"/> for each notebook; it returns true when the notebook passed.
    /// </summary>
    public async Task<int> RunAsync(
        IReadOnlyList<string> paths,
        Func<FoundNotebook, int, int, Task<bool>> handle,
        CancellationToken cancellationToken)
    {
        IReadOnlyList<FoundNotebook> notebooks;
        try
        {
            notebooks = NotebookFinder.Find(paths);
        }
        catch (NotebookException e)
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
        var exitCode = ExitCodes.Success;
        var passed = 0;
        for (var i = 0; i < notebooks.Count; i++)
        {
            var notebook = notebooks[i];
            try
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (await handle(notebook, i + 1, notebooks.Count))
                {
                    passed++;
                }
                else
                {
                    exitCode = ExitCodes.Worst(exitCode, ExitCodes.Failed);
                }
            }
            catch (NotebookException e)
            {
                output.WriteLine($"FAIL {notebook.DisplayPath}");
                error.WriteLine(e.Message);
                exitCode = ExitCodes.Worst(exitCode, ExitCodes.InvalidInput);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                error.WriteLine($"{commandName}: cancelled; {notebook.DisplayPath} was left unchanged.");
                return ExitCodes.Cancelled;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // A bug of the runner, not of the notebook: report it and go on with the next notebook.
                output.WriteLine($"FAIL {notebook.DisplayPath}");
                error.WriteLine($"{notebook.DisplayPath}: internal error of nbrun: {e}");
                exitCode = ExitCodes.Worst(exitCode, ExitCodes.Failed);
            }
        }

        var failed = notebooks.Count - passed;
        output.WriteLine(
            $"{commandName}: {notebooks.Count} notebook{(notebooks.Count == 1 ? string.Empty : "s")}, "
            + $"{passed} passed, {failed} failed ({ConsoleProgressReporter.Seconds(clock.Elapsed)})");
        return exitCode;
    }
}

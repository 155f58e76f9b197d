using System.CommandLine;
using NotebookRunner.Execution;
using NotebookRunner.Notebooks;

namespace NotebookRunner.Commands;

/// <summary><c>nbrun run</c>: executes notebooks and writes their real outputs back, atomically.</summary>
internal static class RunCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CommandOptions options, TextWriter output, TextWriter error)
    {
        var staleOnly = new Option<bool>("--stale-only")
        {
            Description = "Skip notebooks whose outputs were produced from their current code and libraries (metadata.nbrun).",
        };
        var command = new Command("run", "Execute notebooks and write their outputs back into the .ipynb files.")
        {
            options.Paths, options.Timeout, options.Parallel, options.Verbose, staleOnly,
        };
        command.SetAction((parse, cancellationToken) => ExecuteAsync(
            parse.GetValue(options.Paths) ?? [],
            options.GetSettings(parse),
            parse.GetValue(options.Parallel),
            parse.GetValue(options.Verbose),
            parse.GetValue(staleOnly),
            output,
            error,
            cancellationToken));
        return command;
    }

    /// <summary>Runs the notebooks under <paramref name="paths"/>.</summary>
    public static Task<int> ExecuteAsync(
        IReadOnlyList<string> paths, ExecutionSettings settings, int parallelism, bool verbose, bool staleOnly, TextWriter output,
        TextWriter error, CancellationToken cancellationToken)
    {
        var progress = new ConsoleProgressReporter(error, verbose);
        var executor = new NotebookExecutor(settings, progress);
        return new NotebookBatch("run", output, error, parallelism).RunAsync(
            paths,
            async (found, number, count, report) =>
            {
                var notebook = NotebookReader.Read(found.Path);
                if (staleOnly && RunStamp.IsCurrent(notebook))
                {
                    report.WriteLine($"skip {found.DisplayPath} (outputs are current)");
                    return true;
                }

                progress.NotebookStarted(found.DisplayPath, number, count);
                var result = await executor.ExecuteAsync(notebook, cancellationToken);
                cancellationToken.ThrowIfCancellationRequested();
                RunStamp.Write(result.Notebook, result.Succeeded);
                NotebookWriter.Write(result.Notebook);
                Report.Write(report, found.DisplayPath, result);
                return result.Succeeded;
            },
            cancellationToken,
            needsKernel: true);
    }
}

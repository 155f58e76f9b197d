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
        var command = new Command("run", "Execute notebooks and write their outputs back into the .ipynb files.")
        {
            options.Paths, options.Timeout, options.Verbose,
        };
        command.SetAction((parse, cancellationToken) => ExecuteAsync(
            parse.GetValue(options.Paths) ?? [],
            options.GetSettings(parse),
            parse.GetValue(options.Verbose),
            output,
            error,
            cancellationToken));
        return command;
    }

    /// <summary>Runs the notebooks under <paramref name="paths"/>.</summary>
    public static Task<int> ExecuteAsync(
        IReadOnlyList<string> paths, ExecutionSettings settings, bool verbose, TextWriter output, TextWriter error,
        CancellationToken cancellationToken)
    {
        var progress = new ConsoleProgressReporter(error, verbose);
        var executor = new NotebookExecutor(new NuGetRestorer(), settings, progress);
        return new NotebookBatch("run", output, error).RunAsync(
            paths,
            async (found, number, count) =>
            {
                progress.NotebookStarted(found.DisplayPath, number, count);
                var notebook = NotebookReader.Read(found.Path);
                var result = await executor.ExecuteAsync(notebook, cancellationToken);
                cancellationToken.ThrowIfCancellationRequested();
                NotebookWriter.Write(result.Notebook);
                Report.Write(output, found.DisplayPath, result);
                return result.Succeeded;
            },
            cancellationToken);
    }
}

using System.CommandLine;

namespace NotebookRunner.Commands;

/// <summary>The command line of nbrun: <c>run</c>, <c>check</c> and <c>export</c>.</summary>
internal static class CliApplication
{
    /// <summary>Parses <paramref name="args"/> and runs the command, writing to the given writers.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var options = new CommandOptions();
        var root = new RootCommand("nbrun: run, check and export the course's C# Polyglot notebooks headlessly.")
        {
            RunCommand.Create(options, output, error),
            CheckCommand.Create(options, output, error),
            ExportCommand.Create(options, output, error),
        };

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var parseError in parse.Errors)
            {
                error.WriteLine(parseError.Message);
            }

            return ExitCodes.InvalidInput;
        }

        var configuration = new InvocationConfiguration
        {
            Output = output,
            Error = error,
            ProcessTerminationTimeout = null,
        };
        return await parse.InvokeAsync(configuration, cancellationToken);
    }
}

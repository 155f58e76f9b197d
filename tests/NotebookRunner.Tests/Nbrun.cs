using NotebookRunner.Commands;

namespace NotebookRunner.Tests;

/// <summary>Runs nbrun's command line in process and captures what it prints.</summary>
internal static class Nbrun
{
    /// <summary>Runs nbrun with <paramref name="args"/> from <paramref name="directory"/>.</summary>
    public static async Task<NbrunResult> RunAsync(string directory, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var previous = Environment.CurrentDirectory;
        Environment.CurrentDirectory = directory;
        try
        {
            var exitCode = await CliApplication.RunAsync(args, output, error, CancellationToken.None);
            return new NbrunResult(exitCode, output.ToString(), error.ToString());
        }
        finally
        {
            Environment.CurrentDirectory = previous;
        }
    }
}

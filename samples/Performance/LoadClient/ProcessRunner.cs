using System.Diagnostics;

namespace Performance.LoadClient;

/// <summary>Runs an external program and collects its output.</summary>
public static class ProcessRunner
{
    /// <summary>Starts the program and waits for it to exit.</summary>
    /// <param name="start">The program, its arguments and redirections (standard output and error must be redirected).</param>
    /// <param name="cancellationToken">Kills the program when cancelled.</param>
    /// <returns>The exit code, the standard output and the standard error.</returns>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(ProcessStartInfo start, CancellationToken cancellationToken)
    {
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {start.FileName}.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await output, await error);
    }

    /// <summary>Runs a program and returns its first line of output, or <see langword="null"/> if it cannot run.</summary>
    /// <param name="fileName">The program.</param>
    /// <param name="arguments">Its arguments.</param>
    /// <returns>The first line of standard output, trimmed.</returns>
    public static async Task<string?> FirstLineAsync(string fileName, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            var (exitCode, output, _) = await RunAsync(start, CancellationToken.None);
            return exitCode == 0 ? output.Split('\n')[0].Trim() : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}

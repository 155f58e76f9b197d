using System.Diagnostics;
using System.Text;

namespace UserService.Testing;

/// <summary>
/// A child process whose standard output and standard error are collected while it runs, so that a
/// test can wait for a given line. Every wait has a timeout: a broken program fails its test instead
/// of hanging the test run.
/// </summary>
public sealed class RunningProcess : IDisposable
{
    private static readonly TimeSpan s_pollInterval = TimeSpan.FromMilliseconds(20);

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _error = new();
    private readonly Lock _lock = new();

    private RunningProcess(Process process) => _process = process;

    /// <summary>Gets everything the process wrote to standard output so far.</summary>
    public string Output
    {
        get
        {
            lock (_lock)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Gets everything the process wrote to standard error so far.</summary>
    public string Error
    {
        get
        {
            lock (_lock)
            {
                return _error.ToString();
            }
        }
    }

    /// <summary>Gets the standard input of the process; dispose it to send end of file.</summary>
    public StreamWriter StandardInput => _process.StandardInput;

    /// <summary>Starts <paramref name="fileName"/> with its three standard streams redirected.</summary>
    /// <param name="fileName">The program, for example <c>dotnet</c>.</param>
    /// <param name="arguments">The arguments, passed as they are (no shell quoting).</param>
    /// <param name="workingDirectory">The working directory, or null for the current one.</param>
    /// <param name="environment">Environment variables to set (a null value removes the variable).</param>
    public static RunningProcess Start(
        string fileName,
        IEnumerable<string> arguments,
        string? workingDirectory = null,
        IReadOnlyDictionary<string, string?>? environment = null)
    {
        var startInfo = new ProcessStartInfo(fileName, arguments)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? "",
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                startInfo.Environment.Remove(name);
            }
            else
            {
                startInfo.Environment[name] = value;
            }
        }

        var process = new Process { StartInfo = startInfo };
        var running = new RunningProcess(process);
        process.OutputDataReceived += (_, e) => running.Append(running._output, e.Data);
        process.ErrorDataReceived += (_, e) => running.Append(running._error, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return running;
    }

    /// <summary>Waits until a line of standard output matches <paramref name="predicate"/>, and returns it.</summary>
    /// <exception cref="TimeoutException">No such line within <paramref name="timeout"/>.</exception>
    /// <exception cref="InvalidOperationException">The process exited without writing such a line.</exception>
    public async Task<string> WaitForOutputLineAsync(Func<string, bool> predicate, TimeSpan timeout)
    {
        var stopwatch = Stopwatch.StartNew();
        while (true)
        {
            var exited = _process.HasExited;
            var line = Output.Split('\n').FirstOrDefault(predicate);
            if (line is not null)
            {
                return line;
            }

            if (exited)
            {
                await _process.WaitForExitAsync();
                throw new InvalidOperationException(
                    $"The process exited with code {_process.ExitCode} before writing the expected line.\n{Describe()}");
            }

            if (stopwatch.Elapsed > timeout)
            {
                throw new TimeoutException($"The expected line did not come within {timeout.TotalSeconds} s.\n{Describe()}");
            }

            await Task.Delay(s_pollInterval);
        }
    }

    /// <summary>Waits for the process to exit; kills it if it takes longer than <paramref name="timeout"/>.</summary>
    /// <exception cref="TimeoutException">The process had to be killed.</exception>
    public async Task<ProcessResult> WaitForExitAsync(TimeSpan timeout)
    {
        if (!await TryWaitForExitAsync(timeout))
        {
            Kill();
            throw new TimeoutException($"The process did not exit within {timeout.TotalSeconds} s and was killed.\n{Describe()}");
        }

        return new ProcessResult(_process.ExitCode, Output, Error);
    }

    /// <summary>Sends SIGINT, as Ctrl+C in a terminal does (Linux and macOS only).</summary>
    public void Interrupt() => PosixSignals.Interrupt(_process.Id);

    /// <summary>Sends SIGTERM, as <c>kill</c> and <c>docker stop</c> do (Linux and macOS only).</summary>
    public void Terminate() => PosixSignals.Terminate(_process.Id);

    /// <summary>Gets whether the process has exited.</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>
    /// Asks the process to stop (SIGTERM, which ASP.NET Core handles as a graceful shutdown) and waits
    /// <paramref name="gracePeriod"/>; then kills the whole process tree. Returns the exit code.
    /// </summary>
    public async Task<int> StopAsync(TimeSpan gracePeriod)
    {
        if (!_process.HasExited && !OperatingSystem.IsWindows())
        {
            PosixSignals.Terminate(_process.Id);
        }

        if (!await TryWaitForExitAsync(gracePeriod))
        {
            Kill();
        }

        return _process.ExitCode;
    }

    /// <summary>Kills the process if it still runs, and releases it.</summary>
    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private async Task<bool> TryWaitForExitAsync(TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            // Also waits until the redirected output has been read to its end.
            await _process.WaitForExitAsync(cancellation.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(TimeSpan.FromSeconds(10));
        }
    }

    private void Append(StringBuilder buffer, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_lock)
        {
            buffer.Append(line).Append('\n');
        }
    }

    private string Describe() => $"--- stdout ---\n{Output}\n--- stderr ---\n{Error}";
}

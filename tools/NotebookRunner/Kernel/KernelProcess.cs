using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Connection;
using Microsoft.DotNet.Interactive.Events;

namespace NotebookRunner.Kernel;

/// <summary>
/// One <c>dotnet-interactive</c> kernel process, started as Polyglot Notebooks starts it
/// (<c>dotnet-interactive [vscode] stdio --working-dir &lt;notebook folder&gt;</c>, the notebook's folder as current
/// directory) and driven over its standard input and output: one JSON command or event envelope per line, read and
/// written with .NET Interactive's own envelope types. nbrun owns the process: it is killed when the notebook is
/// done, when a cell times out, on Ctrl+C or SIGTERM, and when nbrun exits for any other reason, because a kernel
/// that outlives its client keeps running (and using CPU) forever.
/// </summary>
internal sealed class KernelProcess : IDisposable
{
    private const int StandardErrorLines = 8;

    private static readonly ConcurrentDictionary<KernelProcess, byte> s_running = new();

    private readonly Process _process;
    private readonly Channel<string> _lines = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Queue<string> _standardError = new();
    private readonly Lock _gate = new();
    private bool _disposed;
    private int _nextToken;

    private KernelProcess(Process process)
    {
        _process = process;
    }

    /// <summary>The kernel's process id.</summary>
    public int ProcessId => _process.Id;

    /// <summary>Starts a kernel for notebooks in <paramref name="workingDirectory"/> and waits until it is ready.</summary>
    /// <exception cref="KernelExitedException">The process ended, or did not get ready within <paramref name="timeout"/>.</exception>
    public static async Task<KernelProcess> StartAsync(KernelTool tool, string workingDirectory, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in new[] { tool.EntryPoint, "[vscode]", "stdio", "--working-dir", workingDirectory })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in KernelEnvironment.Variables)
        {
            start.Environment[name] = value;
        }

        var kernel = new KernelProcess(new Process { StartInfo = start });
        kernel._process.Start();
        s_running.TryAdd(kernel, 0);
        _ = kernel.PumpStandardOutputAsync();
        _ = kernel.PumpStandardErrorAsync();

        try
        {
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            deadline.CancelAfter(timeout);
            while (true)
            {
                string line;
                try
                {
                    line = await kernel.ReadLineAsync(deadline.Token);
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    throw new KernelExitedException($"the kernel did not get ready within {timeout.TotalSeconds:0} s.{kernel.StandardErrorTail()}");
                }

                if (line.Contains("\"KernelReady\"", StringComparison.Ordinal))
                {
                    return kernel;
                }
            }
        }
        catch
        {
            kernel.Dispose();
            throw;
        }
    }

    /// <summary>Kills every kernel still running (on Ctrl+C, SIGTERM and exit).</summary>
    public static void KillAll()
    {
        foreach (var kernel in s_running.Keys)
        {
            kernel.Dispose();
        }
    }

    /// <summary>
    /// Submits <paramref name="code"/> to the C# kernel as VS Code does (<c>SubmitCode</c> with target kernel
    /// <c>csharp</c>, sent to the root kernel), passes every event of that submission to <paramref name="onEvent"/>,
    /// and returns whether the submission succeeded.
    /// </summary>
    /// <exception cref="KernelExitedException">The kernel process ended before the submission completed.</exception>
    public async Task<bool> SubmitCodeAsync(string code, Action<KernelEvent> onEvent, CancellationToken cancellationToken)
    {
        var token = $"nbrun-{Interlocked.Increment(ref _nextToken)}";
        var command = new SubmitCode(code, "csharp");
        command.SetToken(token);
        await _process.StandardInput.WriteLineAsync(KernelCommandEnvelope.Serialize(command).AsMemory(), cancellationToken);
        await _process.StandardInput.FlushAsync(cancellationToken);

        while (true)
        {
            var line = await ReadLineAsync(cancellationToken);
            if (Parse(line) is not { } kernelEvent || kernelEvent.Command?.GetOrCreateToken() is not { } eventToken)
            {
                continue;
            }

            // Events of commands the kernel issues itself (tokens "T.1", "T.2"...) are not the cell's outputs:
            // VS Code shows only those of the submitted command.
            if (eventToken == token || eventToken.StartsWith(token + "/", StringComparison.Ordinal))
            {
                onEvent(kernelEvent);
                if (eventToken == token && kernelEvent is CommandSucceeded or CommandFailed)
                {
                    return kernelEvent is CommandSucceeded;
                }
            }
        }
    }

    /// <summary>
    /// Kills the process (and anything it started) if it is still running. Concurrent callers (a signal handler and
    /// the notebook's own clean-up) wait until the process is gone, so that nbrun never exits before its kernels.
    /// </summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            try
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(5000);
            }
            catch (InvalidOperationException)
            {
                // It had already exited.
            }
            catch (System.ComponentModel.Win32Exception)
            {
                // Exiting as we tried.
            }

            _disposed = true;
            s_running.TryRemove(this, out _);
        }
    }

    private static KernelEvent? Parse(string line)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            return document.RootElement.TryGetProperty("eventType", out _)
                ? KernelEventEnvelope.Deserialize(document.RootElement).Event
                : null;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException or KeyNotFoundException or NotSupportedException)
        {
            // A line that is not an event this client knows (the kernel also logs and sends commands).
            return null;
        }
    }

    private static string DotnetHost() =>
        Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";

    private async Task<string> ReadLineAsync(CancellationToken cancellationToken)
    {
        if (await _lines.Reader.WaitToReadAsync(cancellationToken) && _lines.Reader.TryRead(out var line))
        {
            return line;
        }

        await _process.WaitForExitAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5), CancellationToken.None).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        var code = _process.HasExited ? $" with exit code {_process.ExitCode}" : string.Empty;
        throw new KernelExitedException($"the kernel process exited{code}.{StandardErrorTail()}");
    }

    private async Task PumpStandardOutputAsync()
    {
        try
        {
            while (await _process.StandardOutput.ReadLineAsync() is { } line)
            {
                _lines.Writer.TryWrite(line);
            }
        }
        finally
        {
            _lines.Writer.TryComplete();
        }
    }

    private async Task PumpStandardErrorAsync()
    {
        while (await _process.StandardError.ReadLineAsync() is { } line)
        {
            // The first lines say why a process ended (for example "Process terminated. <message>"); the rest
            // is usually a long stack trace.
            lock (_standardError)
            {
                if (_standardError.Count < StandardErrorLines)
                {
                    _standardError.Enqueue(line);
                }
            }
        }
    }

    private string StandardErrorTail()
    {
        lock (_standardError)
        {
            return _standardError.Count == 0 ? string.Empty : "\nIts first lines of standard error:\n" + string.Join('\n', _standardError);
        }
    }
}

using System.Diagnostics;

namespace NotebookRunner.Tests.Commands;

/// <summary>Ctrl+C (SIGINT) stops nbrun cleanly, with exit code 130, the notebook untouched and its kernel killed.</summary>
public sealed class CancellationTests
{
    [Fact]
    public async Task Ctrl_C_stops_cleanly_and_leaves_the_notebook_untouched()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return;
        }

        using var workspace = Workspace.Create("slow.ipynb");
        var before = File.ReadAllText(workspace.File("slow.ipynb"));
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workspace.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "nbrun.dll"));
        start.ArgumentList.Add("run");
        start.ArgumentList.Add("slow.ipynb");
        start.ArgumentList.Add("--verbose");
        using var process = Process.Start(start)!;
        var error = new System.Text.StringBuilder();
        var started = new TaskCompletionSource();
        process.ErrorDataReceived += (_, e) =>
        {
            lock (error)
            {
                error.AppendLine(e.Data);
            }

            if (e.Data?.Contains("code cell 2/2 running", StringComparison.Ordinal) == true)
            {
                started.TrySetResult();
            }
        };
        process.BeginErrorReadLine();
        var output = process.StandardOutput.ReadToEndAsync();

        // The second cell waits 60 s: interrupt it once it has started.
        await started.Task.WaitAsync(TimeSpan.FromSeconds(60));
        using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(130, process.ExitCode);
        Assert.Contains("run: cancelled; slow.ipynb was left unchanged.", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(workspace.File("slow.ipynb")));
        Assert.Empty(Directory.GetFiles(workspace.Path, "*.tmp"));
        Assert.Empty(workspace.RunningKernels());
        _ = await output;
    }
}

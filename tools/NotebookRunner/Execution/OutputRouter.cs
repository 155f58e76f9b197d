namespace NotebookRunner.Execution;

/// <summary>
/// Sends console writes and <c>display()</c> calls to the recorder of the cell that caused them: the
/// cell whose execution flow (including tasks it started) is writing. Writes from a cell that has
/// ended (a task it left running, a cell that timed out) are dropped, so that they cannot leak into
/// another cell or notebook. Writes from no cell's flow go to the cell running now.
/// </summary>
internal static class OutputRouter
{
    private static readonly AsyncLocal<OutputRecorder?> s_flowing = new();
    private static volatile OutputRecorder? s_running;
    private static int s_installed;

    /// <summary>The recorder that output written now belongs to, or null between cells.</summary>
    public static OutputRecorder? Current =>
        s_flowing.Value is { } flowing
            ? (flowing.IsClosed ? null : flowing)
            : s_running;

    /// <summary>
    /// Replaces <see cref="Console.Out"/> and <see cref="Console.Error"/> once per process with writers
    /// that route to the current cell. Text written between cells is dropped.
    /// </summary>
    public static void InstallConsoleCapture()
    {
        if (Interlocked.Exchange(ref s_installed, 1) == 0)
        {
            Console.SetOut(new RoutingTextWriter("stdout"));
            Console.SetError(new RoutingTextWriter("stderr"));
        }
    }

    /// <summary>Makes <paramref name="recorder"/> the destination of output until <see cref="EndCell"/>.</summary>
    public static void BeginCell(OutputRecorder recorder)
    {
        s_running = recorder;
        s_flowing.Value = recorder;
    }

    /// <summary>Closes the recorder and stops routing output to it.</summary>
    public static void EndCell(OutputRecorder recorder)
    {
        recorder.Close();
        if (ReferenceEquals(s_running, recorder))
        {
            s_running = null;
        }

        if (ReferenceEquals(s_flowing.Value, recorder))
        {
            s_flowing.Value = null;
        }
    }
}

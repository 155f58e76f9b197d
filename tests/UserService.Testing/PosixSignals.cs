using System.Runtime.InteropServices;

namespace UserService.Testing;

/// <summary>
/// Sends SIGINT (what Ctrl+C sends) and SIGTERM on Linux and macOS. .NET can handle signals
/// (PosixSignalRegistration) but has no API to send one other than SIGKILL (Process.Kill), so this
/// calls the C library's kill(2).
/// </summary>
internal static class PosixSignals
{
    private const int SigInt = 2;
    private const int SigTerm = 15;

    /// <summary>Sends SIGINT to the process; false if it could not be sent (the process is gone, for example).</summary>
    public static bool Interrupt(int processId) => Kill(processId, SigInt) == 0;

    /// <summary>Sends SIGTERM to the process; false if it could not be sent.</summary>
    public static bool Terminate(int processId) => Kill(processId, SigTerm) == 0;

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int sig);
}

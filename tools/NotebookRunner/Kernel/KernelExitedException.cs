namespace NotebookRunner.Kernel;

/// <summary>The kernel process ended on its own (it crashed, or failed to start).</summary>
internal sealed class KernelExitedException(string message) : Exception(message);

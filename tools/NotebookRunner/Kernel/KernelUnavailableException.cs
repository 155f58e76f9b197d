namespace NotebookRunner.Kernel;

/// <summary>
/// The kernel cannot be started at all (its tool is not installed, or no tool manifest names it). The runner
/// reports the message as one line before running anything and exits with the input-error code.
/// </summary>
internal sealed class KernelUnavailableException(string message) : Exception(message);

namespace NotebookRunner.Notebooks;

/// <summary>
/// A problem with a notebook as input (missing file, malformed JSON, a cell the runner cannot run).
/// The runner reports it as one line and exits with <see cref="Commands.ExitCodes.InvalidInput"/>.
/// </summary>
internal sealed class NotebookException(string message) : Exception(message);

namespace NotebookRunner.Execution;

/// <summary>A <c>#r "nuget:..."</c> or <c>#i</c> directive failed; the message is shown as the cell's error.</summary>
internal sealed class PackageRestoreException(string message) : Exception(message);

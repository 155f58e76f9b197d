namespace NotebookRunner.Export;

/// <summary>A notebook cannot be exported safely; the message names the notebook and the cell.</summary>
internal sealed class ExportException(string message) : Exception(message);

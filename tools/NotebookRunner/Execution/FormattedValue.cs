namespace NotebookRunner.Execution;

/// <summary>A value rendered for one MIME type, as the kernel's formatter produces it.</summary>
/// <param name="MimeType">For example <c>text/html</c> or <c>text/plain</c>.</param>
/// <param name="Value">The rendered text.</param>
internal sealed record FormattedValue(string MimeType, string Value);

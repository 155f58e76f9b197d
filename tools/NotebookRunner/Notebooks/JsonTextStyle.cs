namespace NotebookRunner.Notebooks;

/// <summary>
/// The layout of a notebook file as found on disk, kept when the file is written back so that a run
/// changes only the outputs (Jupyter and VS Code write one space of indentation and a final newline).
/// </summary>
/// <param name="IndentSize">Spaces per indentation level.</param>
/// <param name="NewLine">The line terminator of the file.</param>
/// <param name="FinalNewLine">Whether the file ends with a line terminator.</param>
internal sealed record JsonTextStyle(int IndentSize, string NewLine, bool FinalNewLine)
{
    /// <summary>The style Jupyter and VS Code use for new files.</summary>
    public static JsonTextStyle Jupyter { get; } = new(1, "\n", true);

    /// <summary>Detects the style of an existing notebook file.</summary>
    public static JsonTextStyle Detect(string text)
    {
        var newLine = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var finalNewLine = text.EndsWith('\n');

        var indent = Jupyter.IndentSize;
        var firstBreak = text.IndexOf('\n', StringComparison.Ordinal);
        if (firstBreak >= 0)
        {
            var spaces = 0;
            for (var i = firstBreak + 1; i < text.Length && text[i] == ' '; i++)
            {
                spaces++;
            }

            if (spaces > 0)
            {
                indent = spaces;
            }
        }

        return new JsonTextStyle(indent, newLine, finalNewLine);
    }
}

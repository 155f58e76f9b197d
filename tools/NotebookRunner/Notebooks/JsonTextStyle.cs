namespace NotebookRunner.Notebooks;

/// <summary>
/// The indentation a notebook file is written back with. VS Code detects it from the first 1,000 characters of
/// the file when it opens a notebook (the most common step between the indentation of consecutive lines) and
/// saves with it; it always writes <c>\n</c> line ends and a final newline.
/// </summary>
/// <param name="Indent">The text of one indentation level.</param>
internal sealed record JsonTextStyle(string Indent)
{
    /// <summary>The style of new files (Jupyter's and VS Code's default: one space).</summary>
    public static JsonTextStyle Jupyter { get; } = new(" ");

    /// <summary>Detects the indentation of an existing notebook file.</summary>
    public static JsonTextStyle Detect(string text)
    {
        var head = text.Length > 1000 ? text[..1000] : text;
        var steps = new Dictionary<string, int>(StringComparer.Ordinal);
        var previous = string.Empty;
        foreach (var line in head.Split('\n'))
        {
            var indent = line[..(line.Length - line.TrimStart(' ', '\t').Length)];
            if (line.Trim().Length == 0)
            {
                continue;
            }

            if (indent.Length > previous.Length && indent.StartsWith(previous, StringComparison.Ordinal))
            {
                var step = indent[previous.Length..];
                steps[step] = steps.GetValueOrDefault(step) + 1;
            }

            previous = indent;
        }

        return steps.Count == 0
            ? Jupyter
            : new JsonTextStyle(steps.OrderByDescending(s => s.Value).ThenBy(s => s.Key.Length).First().Key);
    }
}

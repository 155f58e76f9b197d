using System.Text;
using Microsoft.CodeAnalysis.Scripting;

namespace NotebookRunner.Execution;

/// <summary>
/// Turns compilation errors and exceptions into the messages stored in error outputs. Compilation errors
/// read as in the kernel, one diagnostic per line (<c>(3,5): error CS0103: ...</c>), with line numbers
/// relative to the cell. Exceptions read as <c>Exception.ToString()</c> cut where the scripting engine's
/// own frames begin, with each notebook frame's line in the cell.
/// </summary>
internal static class ErrorMessages
{
    private const string ScriptingFrame = "   at Microsoft.CodeAnalysis.Scripting.";
    private const string EndOfStackTrace = "--- End of stack trace from previous location ---";

    /// <summary>The message for a cell that does not compile.</summary>
    public static string Compilation(CompilationErrorException exception, string notebookDirectory)
    {
        var prefix = notebookDirectory.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return string.Join('\n', exception.Diagnostics.Select(d => d.ToString().Replace(prefix, string.Empty, StringComparison.Ordinal)));
    }

    /// <summary>The message for a cell that threw.</summary>
    public static string Exception(Exception exception)
    {
        var lines = exception.ToString().ReplaceLineEndings("\n").Split('\n');
        var kept = new List<string>();
        foreach (var line in lines)
        {
            if (line.StartsWith(ScriptingFrame, StringComparison.Ordinal))
            {
                break;
            }

            kept.Add(RewriteCellLine(line));
        }

        while (kept.Count > 1 && (kept[^1] == EndOfStackTrace || kept[^1].Length == 0))
        {
            kept.RemoveAt(kept.Count - 1);
        }

        return string.Join('\n', kept);
    }

    // Frames of cell code carry no file name: " in :line 3" becomes " in cell, line 3".
    private static string RewriteCellLine(string line)
    {
        const string marker = " in :line ";
        var index = line.IndexOf(marker, StringComparison.Ordinal);
        return index < 0
            ? line
            : new StringBuilder(line[..index]).Append(" in cell, line ").Append(line[(index + marker.Length)..]).ToString();
    }
}

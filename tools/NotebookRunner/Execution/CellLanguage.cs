using NotebookRunner.Notebooks;

namespace NotebookRunner.Execution;

/// <summary>
/// Decides which kernel a code cell is for: the cell's own kernel name, else the notebook's default.
/// Only C# cells can run; a cell for another Polyglot kernel, or for an unknown language, is an input error.
/// </summary>
internal static class CellLanguage
{
    private static readonly string[] s_csharpNames = ["csharp", "c#"];

    private static readonly string[] s_otherKernels =
    [
        "fsharp", "f#", "pwsh", "powershell", "javascript", "js", "html", "sql", "kql", "mermaid", "http",
        "value", "python", "python3", "r", "vscode", "webview", "markdown", "md", "typescript", "ts",
    ];

    /// <summary>Checks that <paramref name="cell"/> is a C# cell.</summary>
    /// <exception cref="NotebookException">The cell is for another kernel, or its language is unknown.</exception>
    public static void EnsureCSharp(Notebook notebook, NotebookCell cell)
    {
        var name = cell.KernelName ?? notebook.DefaultKernelName;
        if (name is null)
        {
            throw new NotebookException(
                $"{notebook.DisplayPath}: {cell.Label}: unknown cell language (neither the cell nor the notebook names a kernel).");
        }

        if (s_csharpNames.Contains(name, StringComparer.OrdinalIgnoreCase))
        {
            return;
        }

        if (s_otherKernels.Contains(name, StringComparer.OrdinalIgnoreCase))
        {
            throw new NotebookException(
                $"{notebook.DisplayPath}: {cell.Label}: the cell is for the '{name}' kernel; nbrun runs only C# (csharp) cells.");
        }

        throw new NotebookException($"{notebook.DisplayPath}: {cell.Label}: unknown cell language '{name}'.");
    }
}

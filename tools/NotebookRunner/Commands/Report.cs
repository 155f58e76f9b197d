using NotebookRunner.Execution;

namespace NotebookRunner.Commands;

/// <summary>Prints the result line of a notebook run, and the problems under it.</summary>
internal static class Report
{
    /// <summary>Writes <c>ok</c> or <c>FAIL</c>, the notebook, the cell count and times, then each problem.</summary>
    public static void Write(TextWriter output, string displayPath, NotebookRunResult result, IReadOnlyList<string>? extraProblems = null)
    {
        var codeCells = result.Notebook.Cells.Count(c => c.IsCode);
        var failed = !result.Succeeded || extraProblems is { Count: > 0 };
        output.WriteLine(
            $"{(failed ? "FAIL" : "ok  ")} {displayPath} ({codeCells} code cells, kernel start {ConsoleProgressReporter.Seconds(result.KernelStartup)}, "
            + $"total {ConsoleProgressReporter.Seconds(result.Elapsed)})");
        foreach (var problem in result.Problems)
        {
            output.WriteLine(Indent($"{problem.CellLabel}: {problem.Message}"));
        }

        foreach (var problem in extraProblems ?? [])
        {
            output.WriteLine(Indent(problem));
        }
    }

    /// <summary>Indents every line of <paramref name="text"/> by two spaces.</summary>
    public static string Indent(string text) =>
        string.Join('\n', text.Split('\n').Select(line => "  " + line));
}

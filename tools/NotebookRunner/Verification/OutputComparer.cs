using NotebookRunner.Notebooks;

namespace NotebookRunner.Verification;

/// <summary>
/// Compares the outputs a run produced with the committed ones, cell by cell. Cells tagged
/// <c>nondeterministic</c> (or nbval's <c>nbval-ignore-output</c>) only need non-empty, error-free outputs.
/// </summary>
internal static class OutputComparer
{
    /// <summary>One message per differing cell, each with a unified diff; empty when all match.</summary>
    public static IReadOnlyList<string> Compare(Notebook committed, Notebook actual)
    {
        var problems = new List<string>();
        for (var i = 0; i < committed.Cells.Count; i++)
        {
            var expectedCell = committed.Cells[i];
            var actualCell = actual.Cells[i];
            if (!expectedCell.IsCode)
            {
                continue;
            }

            if (expectedCell.IsNondeterministic)
            {
                if (actualCell.Outputs.Count == 0)
                {
                    problems.Add($"{actualCell.Label}: tagged nondeterministic, but produced no output.");
                }
                else if (OutputRenderer.HasError(actualCell) && !actualCell.RaisesException)
                {
                    problems.Add($"{actualCell.Label}: tagged nondeterministic, but produced an error.");
                }

                continue;
            }

            var diff = LineDiff.Unified(
                OutputRenderer.Render(expectedCell), OutputRenderer.Render(actualCell), "committed", "actual");
            if (diff.Length > 0)
            {
                problems.Add($"{actualCell.Label}: outputs differ\n{diff.TrimEnd('\n')}");
            }
        }

        return problems;
    }
}

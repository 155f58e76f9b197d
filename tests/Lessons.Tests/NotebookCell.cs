namespace Lessons.Tests;

/// <summary>One cell of a notebook, as the checks need it.</summary>
/// <param name="Id">The cell's id.</param>
/// <param name="Kind">"markdown" or "code".</param>
/// <param name="Source">The cell's text.</param>
/// <param name="Tags">The cell's tags (for example "nondeterministic").</param>
/// <param name="OutputText">The text of all the cell's outputs, joined.</param>
internal sealed record NotebookCell(string Id, string Kind, string Source, IReadOnlyList<string> Tags, string OutputText)
{
    public bool IsDeterministic => !Tags.Contains("nondeterministic");
}

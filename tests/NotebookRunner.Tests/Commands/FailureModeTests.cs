namespace NotebookRunner.Tests.Commands;

/// <summary>Each input problem gets one clear line and a non-zero exit; cell failures never crash the runner.</summary>
public sealed class FailureModeTests
{
    [Theory]
    [InlineData("malformed.ipynb", "malformed.ipynb: malformed JSON at line 6, position 3.")]
    [InlineData("fsharp-cell.ipynb", "fsharp-cell.ipynb: cell 2 (id fsharp-cell-1): the cell is for the 'fsharp' kernel; nbrun runs only C# (csharp) cells.")]
    [InlineData("unknown-language.ipynb", "unknown-language.ipynb: cell 2 (id unknown-language-1): unknown cell language 'klingon'.")]
    [InlineData("no-language.ipynb", "no-language.ipynb: cell 1 (id no-language-0): unknown cell language (neither the cell nor the notebook names a kernel).")]
    public async Task Bad_input_gets_one_line_and_exit_code_2(string fixture, string message)
    {
        using var workspace = Workspace.Create(fixture);
        var before = File.ReadAllText(workspace.File(fixture));

        var result = await Nbrun.RunAsync(workspace.Path, "run", fixture);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal([message], result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith('[')));
        Assert.Equal(before, File.ReadAllText(workspace.File(fixture)));
    }

    [Fact]
    public async Task A_missing_file_gets_one_line_and_exit_code_2()
    {
        using var workspace = Workspace.Create();

        var result = await Nbrun.RunAsync(workspace.Path, "check", "missing.ipynb");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("missing.ipynb: file not found.", result.Error.Trim());
    }

    [Fact]
    public async Task A_cell_error_stops_the_notebook_but_not_the_runner()
    {
        using var workspace = Workspace.Create("cell-error.ipynb", "aspnet-with-r.ipynb");

        var result = await Nbrun.RunAsync(workspace.Path, "run", "cell-error.ipynb", "aspnet-with-r.ipynb");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("FAIL cell-error.ipynb", result.Output, StringComparison.Ordinal);
        Assert.Contains("cell 2 (id cell-error-1): error: System.Exception: unexpected", result.Output, StringComparison.Ordinal);
        Assert.Contains("ok   aspnet-with-r.ipynb", result.Output, StringComparison.Ordinal);
        var notebook = workspace.File("cell-error.ipynb");
        Assert.Equal("first\n", NotebookJson.Text(notebook, 0));
        Assert.StartsWith("System.Exception: unexpected", NotebookJson.Text(notebook, 1), StringComparison.Ordinal);
        Assert.Empty(NotebookJson.Outputs(notebook, 2));
    }

    [Fact]
    public async Task A_cell_that_times_out_is_reported_and_stops_only_its_notebook()
    {
        using var workspace = Workspace.Create("timeout.ipynb", "aspnet-with-r.ipynb");

        var result = await Nbrun.RunAsync(workspace.Path, "run", "--timeout", "1", "timeout.ipynb", "aspnet-with-r.ipynb");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("cell 2 (id timeout-1): timed out; the notebook was stopped.", result.Output, StringComparison.Ordinal);
        Assert.Contains("ok   aspnet-with-r.ipynb", result.Output, StringComparison.Ordinal);
        Assert.Equal("Cell timed out after 1 s; the notebook was stopped.", NotebookJson.Text(workspace.File("timeout.ipynb"), 1));
    }

    [Fact]
    public async Task No_notebooks_is_a_clear_success()
    {
        using var workspace = Workspace.Create();
        Directory.CreateDirectory(workspace.File("notebooks"));

        var result = await Nbrun.RunAsync(workspace.Path, "check");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("check: 0 notebooks found in notebooks; nothing to do.", result.Output.Trim());
    }

    [Fact]
    public async Task A_bad_option_is_invalid_input()
    {
        using var workspace = Workspace.Create();

        var result = await Nbrun.RunAsync(workspace.Path, "run", "--timeout", "0");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--timeout must be a positive number of seconds.", result.Error, StringComparison.Ordinal);
    }
}

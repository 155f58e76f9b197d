namespace NotebookRunner.Tests.Commands;

/// <summary>Each input problem gets one clear line and exit code 2, before any kernel starts.</summary>
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
        Assert.Empty(workspace.RunningKernels());
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
    public async Task No_notebooks_is_a_clear_success()
    {
        using var workspace = Workspace.Create();
        Directory.CreateDirectory(workspace.File("notebooks"));

        var result = await Nbrun.RunAsync(workspace.Path, "check");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("check: 0 notebooks found in notebooks; nothing to do.", result.Output.Trim());
    }

    [Theory]
    [InlineData("--timeout", "0", "--timeout must be a positive number of seconds.")]
    [InlineData("--parallel", "0", "--parallel must be at least 1.")]
    public async Task A_bad_option_is_invalid_input(string option, string value, string message)
    {
        using var workspace = Workspace.Create();

        var result = await Nbrun.RunAsync(workspace.Path, "run", option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
    }
}

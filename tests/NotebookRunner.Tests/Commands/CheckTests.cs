using System.Text.Json.Nodes;
using NotebookRunner.Notebooks;

namespace NotebookRunner.Tests.Commands;

/// <summary><c>nbrun check</c>: compares with the committed outputs, tolerates tagged cells, validates nbformat.</summary>
public sealed class CheckTests
{
    [Fact]
    public async Task The_committed_fixtures_pass()
    {
        using var workspace = Workspace.Create("outputs.ipynb", "directives.ipynb", "grpc.ipynb");
        await FixtureLibrary.CopyWithDependenciesAsync(workspace.File("lib"));

        var result = await Nbrun.RunAsync(workspace.Path, "check", workspace.Path);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("check: 3 notebooks, 3 passed, 0 failed", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_changed_output_fails_with_a_readable_diff()
    {
        using var workspace = Workspace.Create("outputs.ipynb");
        var path = workspace.File("outputs.ipynb");
        var notebook = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        notebook["cells"]![1]!["outputs"]![0]!["text"] = new JsonArray("x = 4\n");
        File.WriteAllText(path, NotebookJsonWriter.Write(notebook, JsonTextStyle.Jupyter));

        var result = await Nbrun.RunAsync(workspace.Path, "check", "outputs.ipynb");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("FAIL outputs.ipynb", result.Output, StringComparison.Ordinal);
        Assert.Contains("cell 2 (id outputs-1): outputs differ", result.Output, StringComparison.Ordinal);
        Assert.Contains("--- committed", result.Output, StringComparison.Ordinal);
        Assert.Contains("-  x = 4", result.Output, StringComparison.Ordinal);
        Assert.Contains("+  x = 3", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_never_writes_the_notebook()
    {
        using var workspace = Workspace.Create("outputs.ipynb");
        var before = File.ReadAllText(workspace.File("outputs.ipynb"));

        await Nbrun.RunAsync(workspace.Path, "check", "outputs.ipynb");

        Assert.Equal(before, File.ReadAllText(workspace.File("outputs.ipynb")));
    }

    [Fact]
    public async Task Nondeterministic_cells_must_be_non_empty_and_error_free()
    {
        using var workspace = Workspace.Create();
        var path = workspace.WriteNotebook("tagged.ipynb", "Guid.NewGuid()", "throw new Exception(\"x\");", "var quiet = 1;");
        var run = await Nbrun.RunAsync(workspace.Path, "run", "tagged.ipynb");
        Assert.Equal(1, run.ExitCode);

        var notebook = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        foreach (var cell in notebook["cells"]!.AsArray())
        {
            cell!["metadata"]!["tags"] = new JsonArray("nondeterministic");
        }

        File.WriteAllText(path, NotebookJsonWriter.Write(notebook, JsonTextStyle.Jupyter));

        var result = await Nbrun.RunAsync(workspace.Path, "check", "tagged.ipynb");

        Assert.Equal(1, result.ExitCode);
        Assert.DoesNotContain("cell 1 (id cell-0)", result.Output, StringComparison.Ordinal);
        Assert.Contains("cell 2 (id cell-1): error: System.Exception: x", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tagged_cell_without_output_fails()
    {
        using var workspace = Workspace.Create();
        var path = workspace.WriteNotebook("quiet.ipynb", "var quiet = 1;");
        var notebook = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        notebook["cells"]![0]!["metadata"]!["tags"] = new JsonArray("nbval-ignore-output");
        File.WriteAllText(path, NotebookJsonWriter.Write(notebook, JsonTextStyle.Jupyter));

        var result = await Nbrun.RunAsync(workspace.Path, "check", "quiet.ipynb");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("cell 1 (id cell-0): tagged nondeterministic, but produced no output.", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invalid_nbformat_notebook_fails()
    {
        using var workspace = Workspace.Create("invalid-nbformat.ipynb");

        var result = await Nbrun.RunAsync(workspace.Path, "check", "invalid-nbformat.ipynb");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("nbformat 4.5 schema: PropertyRequired 'id' at #/cells[0].id", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_schema_file_given_with_the_option_is_used()
    {
        using var workspace = Workspace.Create("invalid-nbformat.ipynb", "outputs.ipynb");

        var invalid = await Nbrun.RunAsync(workspace.Path, "check", "--schema", TestPaths.Schema, "invalid-nbformat.ipynb");
        var valid = await Nbrun.RunAsync(workspace.Path, "check", "--schema", TestPaths.Schema, "outputs.ipynb");

        Assert.Equal(1, invalid.ExitCode);
        Assert.Contains("nbformat 4.5 schema: PropertyRequired 'id' at #/cells[0].id", invalid.Output, StringComparison.Ordinal);
        Assert.True(valid.ExitCode == 0, valid.ToString());
    }

    [Fact]
    public async Task A_missing_schema_file_is_invalid_input()
    {
        using var workspace = Workspace.Create("outputs.ipynb");

        var result = await Nbrun.RunAsync(workspace.Path, "check", "--schema", "no-such-schema.json", "outputs.ipynb");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("check: the schema file no-such-schema.json does not exist.", result.Error.Trim());
    }

    [Fact]
    public async Task Run_stale_only_skips_notebooks_run_from_their_current_code()
    {
        using var workspace = Workspace.Create();
        var path = workspace.WriteNotebook("stale.ipynb", "1 + 1");

        var first = await Nbrun.RunAsync(workspace.Path, "run", "--stale-only", "stale.ipynb");
        var second = await Nbrun.RunAsync(workspace.Path, "run", "--stale-only", "stale.ipynb");
        var notebook = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        notebook["cells"]![0]!["source"] = "2 + 2";
        File.WriteAllText(path, NotebookJsonWriter.Write(notebook, JsonTextStyle.Jupyter));
        var third = await Nbrun.RunAsync(workspace.Path, "run", "--stale-only", "stale.ipynb");

        Assert.Contains("ok   stale.ipynb", first.Output, StringComparison.Ordinal);
        Assert.Contains("skip stale.ipynb (outputs are current)", second.Output, StringComparison.Ordinal);
        Assert.Contains("ok   stale.ipynb", third.Output, StringComparison.Ordinal);
        Assert.Equal("4", NotebookJson.Text(path, 0));
    }
}

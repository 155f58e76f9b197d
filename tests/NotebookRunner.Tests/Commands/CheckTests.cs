using System.Text.Json.Nodes;
using NotebookRunner.Notebooks;

namespace NotebookRunner.Tests.Commands;

/// <summary><c>nbrun check</c>: tolerates tagged cells within limits, validates nbformat.</summary>
public sealed class CheckTests
{
    [Fact]
    public async Task Nondeterministic_cells_must_be_non_empty_and_error_free()
    {
        using var workspace = Workspace.Create();
        var path = workspace.WriteNotebook("tagged.ipynb", "Guid.NewGuid()", "var quiet = 1;", "throw new Exception(\"x\");");
        var notebook = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        foreach (var cell in notebook["cells"]!.AsArray())
        {
            cell!["metadata"]!["tags"] = new JsonArray("nondeterministic");
        }

        notebook["cells"]![0]!["outputs"] = new JsonArray(new JsonObject
        {
            ["data"] = new JsonObject { ["text/plain"] = "a committed value that differs" },
            ["metadata"] = new JsonObject(),
            ["output_type"] = "display_data",
        });
        File.WriteAllText(path, NotebookJsonWriter.Write(notebook, JsonTextStyle.Jupyter));

        var result = await Nbrun.RunAsync(workspace.Path, "check", "tagged.ipynb");

        Assert.Equal(1, result.ExitCode);
        Assert.DoesNotContain("cell 1 (id cell-0)", result.Output, StringComparison.Ordinal);
        Assert.Contains("cell 2 (id cell-1): tagged nondeterministic, but produced no output.", result.Output, StringComparison.Ordinal);
        Assert.Contains("cell 3 (id cell-2): error: System.Exception: x", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invalid_nbformat_notebook_fails_with_the_built_in_schema_or_a_given_one()
    {
        using var workspace = Workspace.Create("invalid-nbformat.ipynb");

        var result = await Nbrun.RunAsync(workspace.Path, "check", "--schema", TestPaths.Schema, "invalid-nbformat.ipynb");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("nbformat 4.5 schema: PropertyRequired 'id' at #/cells[0].id", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_schema_file_is_invalid_input()
    {
        using var workspace = Workspace.Create("invalid-nbformat.ipynb");

        var result = await Nbrun.RunAsync(workspace.Path, "check", "--schema", "no-such-schema.json", "invalid-nbformat.ipynb");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("check: the schema file no-such-schema.json does not exist.", result.Error.Trim());
    }
}

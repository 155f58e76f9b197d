using System.Text.Json.Nodes;
using NotebookRunner.Notebooks;
using NotebookRunner.Verification;

namespace NotebookRunner.Tests.Notebooks;

/// <summary>A notebook the runner writes is valid nbformat 4.5 and keeps what the runner does not own.</summary>
public sealed class RoundTripTests
{
    [Fact]
    public async Task A_run_notebook_is_valid_and_keeps_ids_and_metadata()
    {
        using var workspace = Workspace.Create();
        var path = workspace.WriteNotebook("small.ipynb", "Console.WriteLine(1);", "2");
        var before = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        before["metadata"]!["custom_notebook_key"] = new JsonObject { ["nested"] = new JsonArray(1, "two") };
        File.WriteAllText(path, NotebookJsonWriter.Write(before, JsonTextStyle.Jupyter));

        var result = await Nbrun.RunAsync(workspace.Path, "run", "small.ipynb");
        Assert.True(result.ExitCode == 0, result.ToString());

        var text = File.ReadAllText(path);
        var validator = await SchemaValidator.LoadBuiltInAsync();
        Assert.Empty(validator.Validate(text));

        var after = JsonNode.Parse(text)!.AsObject();
        var beforeCells = before["cells"]!.AsArray();
        var afterCells = after["cells"]!.AsArray();
        Assert.Equal(beforeCells.Count, afterCells.Count);
        for (var i = 0; i < beforeCells.Count; i++)
        {
            Assert.Equal(beforeCells[i]!["id"]!.GetValue<string>(), afterCells[i]!["id"]!.GetValue<string>());
            Assert.True(JsonNode.DeepEquals(beforeCells[i]!["metadata"], afterCells[i]!["metadata"]), $"cell {i} metadata changed");
            Assert.True(JsonNode.DeepEquals(beforeCells[i]!["source"], afterCells[i]!["source"]), $"cell {i} source changed");
            Assert.Equal(beforeCells[i]!.AsObject().Select(p => p.Key), afterCells[i]!.AsObject().Select(p => p.Key));
        }

        // The runner owns metadata.nbrun (see RunStamp); everything else is kept.
        before["metadata"]!.AsObject().Remove("nbrun");
        after["metadata"]!.AsObject().Remove("nbrun");
        Assert.True(JsonNode.DeepEquals(before["metadata"], after["metadata"]), "notebook metadata changed");
        Assert.Equal(before.Select(p => p.Key), after.Select(p => p.Key));
    }

    [Fact]
    public void Reading_and_writing_a_saved_notebook_changes_nothing()
    {
        var path = Path.Combine(TestPaths.Fixtures, "lesson.ipynb");
        var text = File.ReadAllText(path);
        Assert.Equal(text, NotebookReader.Read(path).ToJson());
    }

    [Fact]
    public void Keys_are_written_sorted_with_the_detected_indentation_and_a_final_newline()
    {
        const string text = "{\r\n\t\"nbformat_minor\": 5,\r\n\t\"nbformat\": 4,\r\n\t\"metadata\": {\"b\": 1, \"a\": [{\"y\": 1, \"x\": []}]},\r\n\t\"cells\": []\r\n}";
        var notebook = NotebookReader.Parse(text, "x.ipynb", "x.ipynb");
        Assert.Equal(
            "{\n\t\"cells\": [],\n\t\"metadata\": {\n\t\t\"a\": [\n\t\t\t{\n\t\t\t\t\"x\": [],\n\t\t\t\t\"y\": 1\n\t\t\t}\n\t\t],\n\t\t\"b\": 1\n\t},\n\t\"nbformat\": 4,\n\t\"nbformat_minor\": 5\n}\n",
            notebook.ToJson());
    }

    [Fact]
    public void Writing_keeps_the_indentation_and_non_ascii_text()
    {
        const string text = "{\n  \"cells\": [],\n  \"metadata\": {\n    \"title\": \"Caf\u00e9 \ud83d\ude80 \\u001b \\\"q\\\"\"\n  },\n  \"nbformat\": 4,\n  \"nbformat_minor\": 5\n}\n";
        var notebook = NotebookReader.Parse(text, "x.ipynb", "x.ipynb");
        Assert.Equal(text, notebook.ToJson());
    }

    [Fact]
    public void Atomic_write_replaces_the_file_and_leaves_no_temporary_file()
    {
        var folder = Path.Combine(Path.GetTempPath(), "nbrun-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "a.ipynb");
        File.WriteAllText(path, "old");

        NotebookWriter.WriteAllTextAtomically(path, "new");

        Assert.Equal("new", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(folder));
        Directory.Delete(folder, recursive: true);
    }
}

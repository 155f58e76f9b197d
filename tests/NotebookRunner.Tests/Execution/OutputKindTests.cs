using System.Text.Json.Nodes;

namespace NotebookRunner.Tests.Execution;

/// <summary>Runs Fixtures/outputs.ipynb and checks every kind of output and its stored shape.</summary>
public sealed class OutputKindTests : IAsyncLifetime
{
    private readonly Workspace _workspace = Workspace.Create("outputs.ipynb");
    private NbrunResult _result = null!;

    private string Notebook => _workspace.File("outputs.ipynb");

    public async Task InitializeAsync() => _result = await Nbrun.RunAsync(_workspace.Path, "run", "outputs.ipynb");

    public Task DisposeAsync()
    {
        _workspace.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public void Run_succeeds_with_expected_errors_only() => Assert.True(_result.ExitCode == 0, _result.ToString());

    [Fact]
    public void Console_output_and_trailing_value_are_stored_in_order()
    {
        var outputs = NotebookJson.Outputs(Notebook, 1);
        Assert.Equal(2, outputs.Count);
        Assert.Equal("stream", outputs[0]!["output_type"]!.GetValue<string>());
        Assert.Equal("stdout", outputs[0]!["name"]!.GetValue<string>());
        Assert.Equal("x = 3\n", outputs[0]!["text"]![0]!.GetValue<string>());

        var result = outputs[1]!.AsObject();
        Assert.Equal(["data", "execution_count", "metadata", "output_type"], result.Select(p => p.Key));
        Assert.Equal("execute_result", result["output_type"]!.GetValue<string>());
        Assert.Equal(1, result["execution_count"]!.GetValue<int>());
        Assert.StartsWith("<div class=\"dni-plaintext\"><pre>3</pre></div>", result["data"]!["text/html"]![0]!.GetValue<string>());
        Assert.Equal("3", result["data"]!["text/plain"]![0]!.GetValue<string>());
    }

    [Fact]
    public void Display_formats_strings_as_plain_text_and_objects_as_html_plus_text()
    {
        var outputs = NotebookJson.Outputs(Notebook, 2);
        Assert.Equal(["display_data", "display_data", "stream", "stream"], outputs.Select(o => o!["output_type"]!.GetValue<string>()));
        Assert.Equal(["text/plain"], outputs[0]!["data"]!.AsObject().Select(p => p.Key));
        Assert.Equal(["text/html", "text/plain"], outputs[1]!["data"]!.AsObject().Select(p => p.Key));
        var html = string.Concat(outputs[1]!["data"]!["text/html"]!.AsArray().Select(l => l!.GetValue<string>()));
        Assert.Contains("<table>", html, StringComparison.Ordinal);
        Assert.Equal("stderr", outputs[2]!["name"]!.GetValue<string>());
        Assert.Equal("stdout", outputs[3]!["name"]!.GetValue<string>());
    }

    [Fact]
    public void Display_with_a_mime_type_and_update_in_place()
    {
        var outputs = NotebookJson.Outputs(Notebook, 3);
        Assert.Equal(2, outputs.Count);
        Assert.Equal("42", NotebookJson.OutputText(outputs[0]));
        Assert.Equal("updated", NotebookJson.OutputText(outputs[1]));
    }

    [Fact]
    public void Html_helper_is_written_unencoded() =>
        Assert.Equal("<b>bold</b>", NotebookJson.Outputs(Notebook, 4)[0]!["data"]!["text/html"]![0]!.GetValue<string>());

    [Fact]
    public void Classes_declared_in_cells_can_call_display() =>
        Assert.Equal("from a cell class\n1", NotebookJson.Text(Notebook, 5));

    [Fact]
    public void Top_level_await_and_background_console_writes() =>
        Assert.Equal("from a background task\n\nafter await", NotebookJson.Text(Notebook, 6));

    [Fact]
    public void A_void_call_has_no_value_and_null_is_displayed()
    {
        Assert.Single(NotebookJson.Outputs(Notebook, 7));
        Assert.Equal("<null>", NotebookJson.Text(Notebook, 8));
    }

    [Fact]
    public void Compilation_errors_read_as_in_the_kernel()
    {
        var error = NotebookJson.Outputs(Notebook, 10).Single()!.AsObject();
        Assert.Equal(["ename", "evalue", "output_type", "traceback"], error.Select(p => p.Key));
        Assert.Equal("Error", error["ename"]!.GetValue<string>());
        Assert.Equal("(1,9): error CS0103: The name 'undefinedName' does not exist in the current context", error["evalue"]!.GetValue<string>());
    }

    [Fact]
    public void Exceptions_name_the_line_in_the_cell()
    {
        var text = NotebookJson.Text(Notebook, 11);
        Assert.StartsWith("before the exception\n\nSystem.InvalidOperationException: boom", text, StringComparison.Ordinal);
        Assert.Contains("in cell, line 3", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Microsoft.CodeAnalysis", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Execution_counts_number_the_code_cells()
    {
        var cells = JsonNode.Parse(File.ReadAllText(Notebook))!["cells"]!.AsArray();
        var counts = cells.Where(c => c!["cell_type"]!.GetValue<string>() == "code").Select(c => c!["execution_count"]!.GetValue<int>());
        Assert.Equal(Enumerable.Range(1, 13), counts);
    }
}

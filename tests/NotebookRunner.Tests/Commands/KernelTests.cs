using System.Text.Json.Nodes;
using NotebookRunner.Notebooks;

namespace NotebookRunner.Tests.Commands;

/// <summary>
/// Notebooks run in the real .NET Interactive kernel (the tool pinned in .config/dotnet-tools.json), and their
/// outputs are saved as VS Code saves them.
/// </summary>
public sealed class KernelTests
{
    [Fact]
    public async Task A_lesson_runs_in_the_kernel_and_is_saved_as_vs_code_saves_it()
    {
        using var workspace = Workspace.Create("lesson.ipynb");
        var path = workspace.File("lesson.ipynb");
        var committed = File.ReadAllText(path);

        var result = await Nbrun.RunAsync(workspace.Path, "run", "lesson.ipynb");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("run: 1 notebook, 1 passed, 0 failed", result.Output, StringComparison.Ordinal);
        var cells = JsonNode.Parse(File.ReadAllText(path))!["cells"]!.AsArray();

        // #r "nuget:": the kernel restores the package and shows what it installed.
        Assert.Contains("Google.Protobuf, 3.36.2", NotebookJson.Html(cells[1]!), StringComparison.Ordinal);

        // Console output is one stream; a cell's value and display() are display_data, numbered as VS Code numbers cells.
        Assert.Equal("Int32Value { Value = 150 } is 3 bytes:\n089601\n", NotebookJson.Text(path, 2));
        Assert.Equal(2, cells[2]!["execution_count"]!.GetValue<int>());
        Assert.Equal("display_data", cells[3]!["outputs"]![0]!["output_type"]!.GetValue<string>());
        Assert.StartsWith("<div class=\"dni-plaintext\"><pre>3</pre></div>", NotebookJson.Html(cells[3]!), StringComparison.Ordinal);
        Assert.Null(cells[3]!["outputs"]![0]!["data"]!["text/plain"]);
        Assert.Equal("field 1, varint 150", NotebookJson.Text(path, 4));

        // Magic commands of the real kernel.
        Assert.StartsWith("Wall time: ", NotebookJson.Text(path, 5), StringComparison.Ordinal);
        Assert.Contains("value", NotebookJson.Html(cells[6]!), StringComparison.Ordinal);
        Assert.Contains("sum", NotebookJson.Html(cells[6]!), StringComparison.Ordinal);

        // The expected error, as VS Code saves a .NET error; the notebook went on after it.
        var error = cells[8]!["outputs"]![0]!;
        Assert.Equal("Error", error["ename"]!.GetValue<string>());
        Assert.StartsWith("Google.Protobuf.InvalidProtocolBufferException: While parsing", error["evalue"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("written to standard error\n", NotebookJson.Text(path, 9));
        Assert.Equal("stderr", cells[9]!["outputs"]![0]!["name"]!.GetValue<string>());

        // Apart from the timing and the run stamp, the file is byte for byte the committed fixture.
        Assert.Equal(WithoutVaryingParts(committed), WithoutVaryingParts(File.ReadAllText(path)));
    }

    [Fact]
    public async Task Check_fails_when_one_character_of_a_deterministic_output_changes()
    {
        using var workspace = Workspace.Create("lesson.ipynb");
        var changed = JsonNode.Parse(File.ReadAllText(workspace.File("lesson.ipynb")))!.AsObject();
        changed["cells"]![2]!["outputs"]![0]!["text"]![1] = "089602\n";
        File.WriteAllText(workspace.File("changed.ipynb"), NotebookJsonWriter.Write(changed, JsonTextStyle.Jupyter));
        var before = File.ReadAllText(workspace.File("changed.ipynb"));

        var result = await Nbrun.RunAsync(workspace.Path, "check", "--parallel", "2", "changed.ipynb", "lesson.ipynb");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("FAIL changed.ipynb", result.Output, StringComparison.Ordinal);
        Assert.Contains("cell 3 (id lesson-2): outputs differ", result.Output, StringComparison.Ordinal);
        Assert.Contains("-  089602", result.Output, StringComparison.Ordinal);
        Assert.Contains("+  089601", result.Output, StringComparison.Ordinal);
        Assert.Contains("ok   lesson.ipynb", result.Output, StringComparison.Ordinal);
        Assert.EndsWith("check: 2 notebooks, 1 passed, 1 failed", result.Output.Trim()[..result.Output.Trim().LastIndexOf(" (", StringComparison.Ordinal)], StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(workspace.File("changed.ipynb")));
        Assert.Empty(workspace.RunningKernels());
    }

    [Fact]
    public async Task A_cell_that_never_returns_and_a_kernel_that_crashes_each_stop_only_their_notebook()
    {
        using var workspace = Workspace.Create();
        var hang = workspace.WriteNotebook("hang.ipynb", "Console.WriteLine(\"before\");", "System.Threading.Thread.Sleep(System.Threading.Timeout.Infinite);", "Console.WriteLine(\"never\");");
        var crash = workspace.WriteNotebook("crash.ipynb", "Console.WriteLine(\"before\");", "Environment.FailFast(\"the kernel crashes\");", "Console.WriteLine(\"never\");");

        var result = await Nbrun.RunAsync(workspace.Path, "run", "--timeout", "20", "--parallel", "2", "crash.ipynb", "hang.ipynb");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("FAIL hang.ipynb", result.Output, StringComparison.Ordinal);
        Assert.Contains("cell 2 (id cell-1): timed out; the kernel was stopped and the notebook with it.", result.Output, StringComparison.Ordinal);
        Assert.Equal("Cell timed out after 20 s; nbrun stopped the kernel.", NotebookJson.Text(hang, 1));
        Assert.Empty(NotebookJson.Outputs(hang, 2));

        Assert.Contains("FAIL crash.ipynb", result.Output, StringComparison.Ordinal);
        Assert.Contains("cell 2 (id cell-1): the kernel process ended; the notebook was stopped.", result.Output, StringComparison.Ordinal);
        Assert.StartsWith("The kernel stopped while the cell ran: the kernel process exited with exit code", NotebookJson.Text(crash, 1), StringComparison.Ordinal);
        Assert.Equal("before\n", NotebookJson.Text(crash, 0));
        Assert.Empty(NotebookJson.Outputs(crash, 2));

        Assert.Contains("run: 2 notebooks, 0 passed, 2 failed", result.Output, StringComparison.Ordinal);
        Assert.Empty(workspace.RunningKernels());
    }

    [Fact]
    public async Task A_missing_kernel_tool_is_one_line_telling_to_run_dotnet_tool_restore()
    {
        using var workspace = Workspace.Create();
        Directory.CreateDirectory(workspace.File(".config"));
        File.WriteAllText(
            workspace.File(".config/dotnet-tools.json"),
            """{"version": 1, "isRoot": true, "tools": {"microsoft.dotnet-interactive": {"version": "0.0.1-not-installed", "commands": ["dotnet-interactive"]}}}""");
        workspace.WriteNotebook("a.ipynb", "1");

        var result = await Nbrun.RunAsync(workspace.Path, "check", "a.ipynb");

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("The .NET Interactive kernel (microsoft.dotnet-interactive 0.0.1-not-installed, pinned in ", line, StringComparison.Ordinal);
        Assert.EndsWith(") is not installed: run `dotnet tool restore`.", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_stale_only_notices_a_change_in_a_library_the_notebook_loads()
    {
        using var workspace = Workspace.Create();
        Directory.CreateDirectory(workspace.File("lib"));
        var library = workspace.File("lib/Library.dll");
        File.Copy(Path.Combine(AppContext.BaseDirectory, "System.CommandLine.dll"), library);
        workspace.WriteNotebook("uses-lib.ipynb", "#r \"lib/Library.dll\"", "1 + 1");

        var first = await Nbrun.RunAsync(workspace.Path, "run", "--stale-only", "uses-lib.ipynb");
        var second = await Nbrun.RunAsync(workspace.Path, "run", "--stale-only", "uses-lib.ipynb");
        File.Copy(Path.Combine(AppContext.BaseDirectory, "NJsonSchema.dll"), library, overwrite: true);
        var third = await Nbrun.RunAsync(workspace.Path, "run", "--stale-only", "uses-lib.ipynb");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains("ok   uses-lib.ipynb", first.Output, StringComparison.Ordinal);
        Assert.Contains("skip uses-lib.ipynb (outputs are current)", second.Output, StringComparison.Ordinal);
        Assert.True(third.ExitCode == 0, third.ToString());
        Assert.Contains("ok   uses-lib.ipynb", third.Output, StringComparison.Ordinal);
    }

    private static string WithoutVaryingParts(string text)
    {
        var notebook = JsonNode.Parse(text)!.AsObject();
        notebook["cells"]![5]!["outputs"] = new JsonArray();
        notebook["metadata"]!.AsObject().Remove("nbrun");
        return NotebookJsonWriter.Write(notebook, JsonTextStyle.Jupyter);
    }
}

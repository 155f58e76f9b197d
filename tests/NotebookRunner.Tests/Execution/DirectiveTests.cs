namespace NotebookRunner.Tests.Execution;

/// <summary>The kernel's directives: #load, #r (path and nuget), #i, and the rejected magic commands.</summary>
public sealed class DirectiveTests
{
    [Fact]
    public async Task Load_and_r_resolve_relative_to_the_notebook_and_the_csx()
    {
        using var workspace = Workspace.Create("directives.ipynb");
        await FixtureLibrary.CopyWithDependenciesAsync(workspace.File("lib"));

        var result = await Nbrun.RunAsync(workspace.Path, "run", "directives.ipynb");

        Assert.True(result.ExitCode == 0, result.ToString());
        var notebook = workspace.File("directives.ipynb");
        Assert.Equal("Hello, notebook! (hello from FixtureLib)", NotebookJson.Text(notebook, 1));
        Assert.Equal("hello from FixtureLib", NotebookJson.Text(notebook, 2));
        Assert.Equal("True", NotebookJson.Text(notebook, 3));
        Assert.Equal("True", NotebookJson.Text(notebook, 4));
    }

    [Fact]
    public async Task Nuget_packages_are_restored_and_accumulate_over_the_session()
    {
        using var workspace = Workspace.Create();
        var feed = Directory.CreateDirectory(workspace.File("feed")).FullName;
        var notebook = workspace.WriteNotebook(
            "nuget.ipynb",
            $"#i \"nuget: {feed}\"",
            "#r \"nuget: Newtonsoft.Json, 13.0.3\"\nNewtonsoft.Json.JsonConvert.SerializeObject(new { a = 1 })",
            "#r \"nuget: Newtonsoft.Json, 13.0.3\"\ntypeof(Newtonsoft.Json.JsonConvert).Assembly.GetName().Version.Major");

        var result = await Nbrun.RunAsync(workspace.Path, "run", "nuget.ipynb");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("{\"a\":1}", NotebookJson.Text(notebook, 1));
        Assert.Equal("13", NotebookJson.Text(notebook, 2));
    }

    [Fact]
    public async Task A_second_version_of_a_package_is_rejected()
    {
        using var workspace = Workspace.Create();
        var notebook = workspace.WriteNotebook(
            "conflict.ipynb",
            "#r \"nuget: Newtonsoft.Json, 13.0.3\"",
            "#r \"nuget: Newtonsoft.Json, 12.0.1\"");

        var result = await Nbrun.RunAsync(workspace.Path, "run", "conflict.ipynb");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            "Newtonsoft.Json version 12.0.1 cannot be added because version 13.0.3 was added previously.",
            NotebookJson.Text(notebook, 1));
        Assert.Contains("cell 2 (id cell-1): error: Newtonsoft.Json version 12.0.1", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_relative_package_source_fails_as_in_the_kernel()
    {
        using var workspace = Workspace.Create("relative-source.ipynb");

        var result = await Nbrun.RunAsync(workspace.Path, "run", "relative-source.ipynb");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            "#i \"nuget: ../packages\": Invalid URI: The format of the URI could not be determined.",
            NotebookJson.Text(workspace.File("relative-source.ipynb"), 0));
        Assert.Contains("cell 1 (id relative-source-0): error: #i", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unsupported_magic_command_names_the_cell_and_the_directive_and_runs_nothing()
    {
        using var workspace = Workspace.Create("unsupported-magic.ipynb");
        var before = File.ReadAllText(workspace.File("unsupported-magic.ipynb"));

        var result = await Nbrun.RunAsync(workspace.Path, "run", "unsupported-magic.ipynb");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(
            "unsupported-magic.ipynb: cell 2 (id unsupported-magic-1), directive #!time: line 1: the magic command #!time is not supported",
            result.Error,
            StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(workspace.File("unsupported-magic.ipynb")));
    }
}

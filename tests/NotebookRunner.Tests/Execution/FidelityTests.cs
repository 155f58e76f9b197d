namespace NotebookRunner.Tests.Execution;

/// <summary>Each test matches what the real .NET Interactive C# kernel does (see shared/NOTES.md).</summary>
public sealed class FidelityTests
{
    [Fact]
    public async Task AspNetCore_types_do_not_compile_without_r()
    {
        using var workspace = Workspace.Create("aspnet-without-r.ipynb");

        var result = await Nbrun.RunAsync(workspace.Path, "run", "aspnet-without-r.ipynb");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith(
            "(1,28): error CS0234: The type or namespace name 'Builder' does not exist in the namespace 'Microsoft.AspNetCore'",
            NotebookJson.Text(workspace.File("aspnet-without-r.ipynb"), 0),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task R_by_simple_name_brings_AspNetCore_from_the_shared_framework()
    {
        using var workspace = Workspace.Create("aspnet-with-r.ipynb");

        var result = await Nbrun.RunAsync(workspace.Path, "run", "aspnet-with-r.ipynb");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("WebApplicationBuilder", NotebookJson.Text(workspace.File("aspnet-with-r.ipynb"), 0));
    }

    [Fact]
    public async Task A_dll_with_its_dependencies_beside_it_works_with_grpc_on_TestServer()
    {
        using var workspace = Workspace.Create("grpc.ipynb");
        await FixtureLibrary.CopyWithDependenciesAsync(workspace.File("lib"));

        var result = await Nbrun.RunAsync(workspace.Path, "run", "grpc.ipynb");

        Assert.True(result.ExitCode == 0, result.ToString());
        var notebook = workspace.File("grpc.ipynb");
        Assert.Equal("Hello World", NotebookJson.Text(notebook, 3));
        Assert.Equal("0A0178", NotebookJson.Text(notebook, 4));
    }

    [Fact]
    public async Task The_same_dll_alone_in_a_folder_fails()
    {
        using var workspace = Workspace.Create("lib-alone.ipynb");
        await FixtureLibrary.CopyAloneAsync(workspace.File("alone"));

        var result = await Nbrun.RunAsync(workspace.Path, "run", "lib-alone.ipynb");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            "(1,7): error CS0246: The type or namespace name 'Google' could not be found (are you missing a using directive or an assembly reference?)",
            NotebookJson.Text(workspace.File("lib-alone.ipynb"), 1));
    }

    [Fact]
    public async Task The_runners_own_dependencies_are_not_visible_to_cells()
    {
        using var workspace = Workspace.Create("runner-private-dependency.ipynb");

        var result = await Nbrun.RunAsync(workspace.Path, "run", "runner-private-dependency.ipynb");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith(
            "(1,14): error CS0234: The type or namespace name 'CommandLine' does not exist in the namespace 'System'",
            NotebookJson.Text(workspace.File("runner-private-dependency.ipynb"), 0),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Default_imports_are_exactly_the_kernels()
    {
        using var workspace = Workspace.Create();
        var notebook = workspace.WriteNotebook(
            "imports.ipynb",
            "new StringBuilder().Append(new List<int> { 1 }.Sum()).ToString()",
            "new Hashtable().Count + Task.FromResult(1).Result",
            "var gate = new Lock();");

        var result = await Nbrun.RunAsync(workspace.Path, "run", "imports.ipynb");

        Assert.Equal("1", NotebookJson.Text(notebook, 0));
        Assert.Equal("1", NotebookJson.Text(notebook, 1));
        Assert.Contains("error CS0246: The type or namespace name 'Lock' could not be found", NotebookJson.Text(notebook, 2), StringComparison.Ordinal);
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public async Task Cell_classes_cannot_see_cell_variables()
    {
        using var workspace = Workspace.Create();
        var notebook = workspace.WriteNotebook("scope.ipynb", "var secret = 1;\nclass Peek { public int Get() => secret; }");

        await Nbrun.RunAsync(workspace.Path, "run", "scope.ipynb");

        Assert.Contains("error CS0120", NotebookJson.Text(notebook, 0), StringComparison.Ordinal);
    }
}

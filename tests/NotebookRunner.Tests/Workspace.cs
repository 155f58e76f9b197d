namespace NotebookRunner.Tests;

/// <summary>A temporary folder with copies of fixture notebooks, deleted at the end of the test.</summary>
internal sealed class Workspace : IDisposable
{
    private Workspace(string path)
    {
        Path = path;
    }

    /// <summary>The folder.</summary>
    public string Path { get; }

    /// <summary>Creates a workspace with copies of the named fixtures (and the fixtures' setup/ folder).</summary>
    public static Workspace Create(params string[] fixtures)
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "nbrun-tests", Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(path);
        var workspace = new Workspace(path);
        foreach (var fixture in fixtures)
        {
            System.IO.File.Copy(System.IO.Path.Combine(TestPaths.Fixtures, fixture), workspace.File(fixture));
        }

        var setup = System.IO.Path.Combine(TestPaths.Fixtures, "setup");
        Directory.CreateDirectory(workspace.File("setup"));
        foreach (var file in Directory.GetFiles(setup))
        {
            System.IO.File.Copy(file, System.IO.Path.Combine(workspace.File("setup"), System.IO.Path.GetFileName(file)));
        }

        return workspace;
    }

    /// <summary>The full path of <paramref name="name"/> in the workspace.</summary>
    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Writes a notebook made of the given C# cells.</summary>
    public string WriteNotebook(string name, params string[] cells)
    {
        System.IO.File.WriteAllText(File(name), NotebookJson.Create(cells));
        return File(name);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A cell may still hold a file; the folder is in the temporary directory anyway.
        }
    }
}

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

    /// <summary>Creates a workspace with copies of the named fixtures.</summary>
    public static Workspace Create(params string[] fixtures)
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "nbrun-tests", Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(path);
        var workspace = new Workspace(path);
        foreach (var fixture in fixtures)
        {
            System.IO.File.Copy(System.IO.Path.Combine(TestPaths.Fixtures, fixture), workspace.File(fixture));
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

    /// <summary>
    /// The ids of the kernel processes still running for notebooks in this workspace (their command line names
    /// the workspace as working directory). Linux only; empty elsewhere.
    /// </summary>
    public IReadOnlyList<int> RunningKernels()
    {
        if (!OperatingSystem.IsLinux())
        {
            return [];
        }

        var kernels = new List<int>();
        foreach (var folder in Directory.GetDirectories("/proc"))
        {
            if (int.TryParse(System.IO.Path.GetFileName(folder), out var pid))
            {
                try
                {
                    var commandLine = System.IO.File.ReadAllText(System.IO.Path.Combine(folder, "cmdline")).Split('\0');
                    if (commandLine.Any(a => a.Contains("Microsoft.DotNet.Interactive.App", StringComparison.Ordinal)) && commandLine.Contains(Path))
                    {
                        kernels.Add(pid);
                    }
                }
                catch (IOException)
                {
                    // The process ended while we looked.
                }
                catch (UnauthorizedAccessException)
                {
                    // Not ours.
                }
            }
        }

        return kernels;
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

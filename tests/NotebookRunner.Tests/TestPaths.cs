namespace NotebookRunner.Tests;

/// <summary>Locations the tests use: the fixtures, the repository, the nbformat schema.</summary>
internal static class TestPaths
{
    /// <summary>The fixture notebooks, copied beside the test assembly.</summary>
    public static string Fixtures { get; } = Path.Combine(AppContext.BaseDirectory, "Fixtures");

    /// <summary>The repository root (the folder that holds Samples.sln).</summary>
    public static string RepositoryRoot { get; } = FindUp(AppContext.BaseDirectory, "Samples.sln");

    /// <summary>The nbformat 4.5 schema file that the runner embeds.</summary>
    public static string Schema { get; } =
        Path.Combine(RepositoryRoot, "tools", "NotebookRunner", "Verification", "Schema", "nbformat.v4.5.schema.json");

    private static string FindUp(string start, string marker)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, marker)))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"{marker} was not found above {start}.");
    }
}

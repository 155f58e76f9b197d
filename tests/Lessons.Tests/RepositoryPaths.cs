namespace Lessons.Tests;

/// <summary>Locates the repository's folders from the test assembly's folder.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Notebooks => Path.Combine(Root, "notebooks");

    public static IReadOnlyList<string> LessonNotebooks() =>
        Directory.GetFiles(Notebooks, "*.ipynb")
            .Where(path => char.IsAsciiDigit(Path.GetFileName(path)[0]))
            .Order(StringComparer.Ordinal)
            .ToList();

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Samples.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Samples.sln above {AppContext.BaseDirectory}.");
    }
}

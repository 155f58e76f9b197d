using NotebookRunner.Notebooks;

namespace NotebookRunner.Commands;

/// <summary>
/// Expands the command line's paths into notebook files: a file stands for itself, a folder for every
/// <c>.ipynb</c> below it (hidden folders, <c>bin</c> and <c>obj</c> skipped), sorted by path.
/// </summary>
internal static class NotebookFinder
{
    /// <summary>The folder used when no path is given.</summary>
    public const string DefaultFolder = "notebooks";

    private static readonly string[] s_skippedFolders = ["bin", "obj", "node_modules"];

    /// <summary>Finds the notebooks named by <paramref name="paths"/>.</summary>
    /// <exception cref="NotebookException">A path does not exist.</exception>
    public static IReadOnlyList<FoundNotebook> Find(IReadOnlyList<string> paths)
    {
        var found = new List<FoundNotebook>();
        foreach (var path in paths.Count > 0 ? paths : [DefaultFolder])
        {
            if (File.Exists(path))
            {
                var file = Path.GetFullPath(path);
                found.Add(new FoundNotebook(file, Path.GetFileName(file)));
            }
            else if (Directory.Exists(path))
            {
                var root = Path.GetFullPath(path);
                found.AddRange(FindInFolder(root).Select(f => new FoundNotebook(f, Path.GetRelativePath(root, f))));
            }
            else
            {
                throw new NotebookException($"{path}: file not found.");
            }
        }

        return [.. found.DistinctBy(f => f.Path, StringComparer.Ordinal)];
    }

    private static IEnumerable<string> FindInFolder(string folder)
    {
        var notebooks = Directory.GetFiles(folder, "*.ipynb").OrderBy(f => f, StringComparer.Ordinal).ToList();
        foreach (var child in Directory.GetDirectories(folder).OrderBy(d => d, StringComparer.Ordinal))
        {
            var name = Path.GetFileName(child);
            if (!name.StartsWith('.') && !s_skippedFolders.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                notebooks.AddRange(FindInFolder(child));
            }
        }

        return notebooks;
    }
}

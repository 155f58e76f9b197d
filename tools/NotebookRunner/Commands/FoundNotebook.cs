namespace NotebookRunner.Commands;

/// <summary>A notebook file found from the command line.</summary>
/// <param name="Path">Its absolute path.</param>
/// <param name="RelativePath">Its path below the folder it was found in (its file name if named directly).</param>
internal sealed record FoundNotebook(string Path, string RelativePath)
{
    /// <summary>The path relative to the current directory, for messages.</summary>
    public string DisplayPath => System.IO.Path.GetRelativePath(Environment.CurrentDirectory, Path);
}

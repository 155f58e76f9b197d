namespace NotebookRunner.Notebooks;

/// <summary>
/// Writes notebooks atomically: the new text goes to a temporary file in the same folder, is flushed to
/// disk, then replaces the notebook in one rename. A crash or Ctrl+C leaves the old file or the new one,
/// never a half-written one.
/// </summary>
internal static class NotebookWriter
{
    /// <summary>Writes <paramref name="notebook"/> over its file.</summary>
    public static void Write(Notebook notebook) => WriteAllTextAtomically(notebook.Path, notebook.ToJson());

    /// <summary>Replaces <paramref name="path"/> with <paramref name="text"/> atomically.</summary>
    public static void WriteAllTextAtomically(string path, string text)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            using (var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false)))
            {
                writer.Write(text);
                writer.Flush();
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}

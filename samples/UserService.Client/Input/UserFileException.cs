namespace UserService.Client.Input;

/// <summary>
/// An input file that cannot be read or parsed. The message names the file and, when known, the line:
/// <c>users.csv, line 3: expected 3 fields (name,email,age), found 2</c>.
/// </summary>
internal sealed class UserFileException : Exception
{
    /// <summary>Creates the exception; <paramref name="lineNumber"/> is 1-based, or null when no line applies.</summary>
    public UserFileException(string filePath, int? lineNumber, string reason)
        : base(lineNumber is null ? $"{filePath}: {reason}" : $"{filePath}, line {lineNumber}: {reason}")
    {
        FilePath = filePath;
        LineNumber = lineNumber;
    }

    /// <summary>Gets the path of the file, as the user gave it.</summary>
    public string FilePath { get; }

    /// <summary>Gets the 1-based line of the problem, or null when it is about the whole file.</summary>
    public int? LineNumber { get; }
}

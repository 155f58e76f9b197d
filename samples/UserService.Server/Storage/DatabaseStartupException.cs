namespace UserService.Server.Storage;

/// <summary>The database file cannot be used: its message names the file and says why, in one line.</summary>
public sealed class DatabaseStartupException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">One line that names the file.</param>
    /// <param name="innerException">The underlying error.</param>
    public DatabaseStartupException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}

using UserService.Client.Output;
using UserService.Contracts;

namespace UserService.Client.Input;

/// <summary>
/// Reads the users to create from a file. The format is chosen by the extension:
/// <c>.json</c> (see <see cref="JsonUserParser"/>) or <c>.csv</c> (see <see cref="CsvUserParser"/>).
/// </summary>
internal static class UserFileReader
{
    /// <summary>Reads and checks the whole file.</summary>
    /// <exception cref="UserFileException">The file is missing, unreadable, of an unknown type, malformed or empty.</exception>
    public static IReadOnlyList<User> Read(string path)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is not (".json" or ".csv"))
        {
            throw new UserFileException(path, null, "unknown file type: expected a .json or a .csv file.");
        }

        var text = ReadText(path);
        var users = extension == ".json" ? JsonUserParser.Parse(path, text) : CsvUserParser.Parse(path, text);
        if (users.Count == 0)
        {
            throw new UserFileException(path, null, "the file contains no users.");
        }

        // Terminal control characters (escape sequences, carriage returns) have no place in a name or an
        // email, and would reach every terminal that prints the user later.
        for (var index = 0; index < users.Count; index++)
        {
            if (ConsoleText.HasControlCharacter(users[index].Name) || ConsoleText.HasControlCharacter(users[index].Email))
            {
                throw new UserFileException(path, null, $"user [{index}]: the name or email contains a control character.");
            }
        }

        return users;
    }

    private static string ReadText(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new UserFileException(path, null, "file not found.");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new UserFileException(path, null, $"cannot read the file: {exception.Message}");
        }
    }
}

using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using UserService.Contracts;

namespace UserService.Client.Input;

/// <summary>
/// Parses users from CSV text (RFC 4180, read by CsvHelper). The first record is the header
/// <c>name,email,age</c> (any letter case), then one user per record; fields are trimmed and blank
/// lines skipped:
/// <code>
/// name,email,age
/// "Hopper, Grace",grace@example.com,85
/// </code>
/// </summary>
internal static class CsvUserParser
{
    private static readonly string[] s_header = ["name", "email", "age"];

    /// <summary>Parses every user of the text.</summary>
    /// <exception cref="UserFileException">The header is wrong, or a record is malformed (the message gives its line).</exception>
    public static List<User> Parse(string filePath, string text)
    {
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            TrimOptions = TrimOptions.Trim,
            IgnoreBlankLines = true,
            BadDataFound = data => throw new UserFileException(
                filePath, data.Context.Parser?.RawRow, $"misplaced or unclosed quote in '{data.Field}'."),
        };

        using var reader = new StringReader(text);
        using var csv = new CsvParser(reader, configuration);
        if (!csv.Read() || csv.Record is not { } header)
        {
            throw new UserFileException(filePath, null, "the file is empty: expected the header 'name,email,age'.");
        }

        if (!header.SequenceEqual(s_header, StringComparer.OrdinalIgnoreCase))
        {
            throw new UserFileException(
                filePath, csv.RawRow, $"expected the header 'name,email,age', found '{string.Join(',', header)}'.");
        }

        var users = new List<User>();
        while (csv.Read())
        {
            users.Add(ToUser(filePath, csv.RawRow, csv.Record ?? []));
        }

        return users;
    }

    private static User ToUser(string filePath, int lineNumber, string[] fields)
    {
        if (fields.Length != s_header.Length)
        {
            throw new UserFileException(filePath, lineNumber, $"expected 3 fields (name,email,age), found {fields.Length}.");
        }

        if (!int.TryParse(fields[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out var age))
        {
            throw new UserFileException(filePath, lineNumber, $"age '{fields[2]}' is not a whole number.");
        }

        // Values are sent as they are: the server owns the rules (non-empty name, unique email, age range).
        return new User { Name = fields[0], Email = fields[1], Age = age };
    }
}

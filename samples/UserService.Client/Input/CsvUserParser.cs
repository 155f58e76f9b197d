using System.Globalization;
using UserService.Contracts;

namespace UserService.Client.Input;

/// <summary>
/// Parses users from CSV text. The first record is the header <c>name,email,age</c> (any letter case),
/// then one user per record:
/// <code>
/// name,email,age
/// "Hopper, Grace",grace@example.com,85
/// </code>
/// </summary>
internal static class CsvUserParser
{
    private static readonly string[] Header = ["name", "email", "age"];

    /// <summary>Parses every user of the text.</summary>
    /// <exception cref="UserFileException">The header is wrong, or a record is malformed (the message gives its line).</exception>
    public static List<User> Parse(string filePath, string text)
    {
        var records = CsvReader.ReadRecords(filePath, text);
        if (records.Count == 0)
        {
            throw new UserFileException(filePath, null, "the file is empty: expected the header 'name,email,age'.");
        }

        var header = records[0];
        if (!header.Fields.SequenceEqual(Header, StringComparer.OrdinalIgnoreCase))
        {
            throw new UserFileException(
                filePath, header.LineNumber, $"expected the header 'name,email,age', found '{string.Join(',', header.Fields)}'.");
        }

        var users = new List<User>();
        foreach (var record in records.Skip(1))
        {
            users.Add(ToUser(filePath, record));
        }

        return users;
    }

    private static User ToUser(string filePath, CsvRecord record)
    {
        if (record.Fields.Count != Header.Length)
        {
            throw new UserFileException(
                filePath, record.LineNumber, $"expected 3 fields (name,email,age), found {record.Fields.Count}.");
        }

        var ageText = record.Fields[2];
        if (!int.TryParse(ageText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var age))
        {
            throw new UserFileException(filePath, record.LineNumber, $"age '{ageText}' is not a whole number.");
        }

        // Values are sent as they are: the server owns the rules (non-empty name, unique email, age range).
        return new User { Name = record.Fields[0], Email = record.Fields[1], Age = age };
    }
}

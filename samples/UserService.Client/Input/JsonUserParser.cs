using System.Text.Json;
using System.Text.Json.Serialization;
using UserService.Contracts;

namespace UserService.Client.Input;

/// <summary>
/// Parses users from JSON text: an array of objects with the properties <c>name</c>, <c>email</c> and
/// <c>age</c>, all required. Unknown properties are errors, so that a typo (<c>"mail"</c>) is not silently dropped.
/// </summary>
internal static class JsonUserParser
{
    private static readonly JsonSerializerOptions s_options = new()
    {
        PropertyNameCaseInsensitive = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    // The serializer's messages name .NET types; these words are what a person editing the file knows.
    private static readonly (string TypeName, string Words)[] s_typeWords =
    [
        ($"System.Collections.Generic.List`1[{typeof(JsonUserRecord).FullName}]", "an array of users"),
        ($"type '{typeof(JsonUserRecord).FullName}'", "a user"),
        ("System.Int32", "a whole number"),
        ("System.String", "a string"),
    ];

    /// <summary>Parses every user of the text.</summary>
    /// <exception cref="UserFileException">The text is not such an array (the message gives the line when known).</exception>
    public static List<User> Parse(string filePath, string text)
    {
        List<JsonUserRecord?>? records;
        try
        {
            records = JsonSerializer.Deserialize<List<JsonUserRecord?>>(text, s_options);
        }
        catch (JsonException exception)
        {
            // LineNumber is 0-based; people count lines from 1.
            var lineNumber = exception.LineNumber is { } line ? (int)line + 1 : (int?)null;
            throw new UserFileException(filePath, lineNumber, Describe(exception));
        }

        if (records is null)
        {
            throw new UserFileException(filePath, null, "expected an array of users, found null.");
        }

        var users = new List<User>();
        for (var index = 0; index < records.Count; index++)
        {
            var record = records[index]
                ?? throw new UserFileException(filePath, null, $"user [{index}] is null.");
            if (record.Name is null || record.Email is null)
            {
                throw new UserFileException(filePath, null, $"user [{index}]: name and email must not be null.");
            }

            users.Add(new User { Name = record.Name, Email = record.Email, Age = record.Age });
        }

        return users;
    }

    private static string Describe(JsonException exception)
    {
        // The serializer appends " Path: $[1].age | LineNumber: 3 | BytePositionInLine: 12." to its messages;
        // the line is already in front of the message, the path is kept in a shorter form.
        var message = exception.Message;
        var pathStart = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (pathStart >= 0)
        {
            message = message[..pathStart];
        }

        foreach (var (typeName, words) in s_typeWords)
        {
            message = message.Replace(typeName, words, StringComparison.Ordinal);
        }

        return exception.Path is { Length: > 0 } path ? $"{message} (at {path})" : message;
    }
}

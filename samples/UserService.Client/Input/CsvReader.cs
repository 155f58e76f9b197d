using System.Text;

namespace UserService.Client.Input;

/// <summary>
/// A small CSV reader following RFC 4180: fields are separated by commas; a field in double quotes may
/// contain commas, line breaks and doubled quotes (<c>"say ""hi"""</c>). Lines end with LF or CRLF.
/// Spaces around a field are ignored, blank lines are skipped.
/// </summary>
internal static class CsvReader
{
    /// <summary>Splits <paramref name="text"/> into records.</summary>
    /// <param name="filePath">The file the text comes from, for the error messages.</param>
    /// <param name="text">The content of the file.</param>
    /// <exception cref="UserFileException">A quote is misplaced or never closed.</exception>
    public static List<CsvRecord> ReadRecords(string filePath, string text)
    {
        var records = new List<CsvRecord>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var inQuotes = false;
        var fieldWasQuoted = false;

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var next = i + 1 < text.Length ? text[i + 1] : '\0';

            if (inQuotes)
            {
                if (c == '"' && next == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    inQuotes = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"' when fieldWasQuoted || !string.IsNullOrWhiteSpace(field.ToString()):
                    throw new UserFileException(filePath, line, "a quote must enclose the whole field (write \"\" for a quote inside a quoted field).");
                case '"':
                    field.Clear();
                    inQuotes = true;
                    fieldWasQuoted = true;
                    break;
                case ',':
                    fields.Add(EndField(field, fieldWasQuoted));
                    fieldWasQuoted = false;
                    break;
                case '\r' when next == '\n':
                    break;
                case '\n':
                    EndRecord(records, fields, EndField(field, fieldWasQuoted), fieldWasQuoted, recordLine);
                    fieldWasQuoted = false;
                    line++;
                    recordLine = line;
                    break;
                case var other when fieldWasQuoted && char.IsWhiteSpace(other):
                    // Spaces between the closing quote and the next comma are ignored.
                    break;
                case var other when fieldWasQuoted:
                    throw new UserFileException(filePath, line, $"unexpected '{other}' after the closing quote of a field.");
                default:
                    field.Append(c);
                    break;
            }
        }

        if (inQuotes)
        {
            throw new UserFileException(filePath, recordLine, "a quoted field is never closed.");
        }

        EndRecord(records, fields, EndField(field, fieldWasQuoted), fieldWasQuoted, recordLine);
        return records;
    }

    private static string EndField(StringBuilder field, bool wasQuoted)
    {
        // A quoted field keeps its spaces; spaces after the closing quote were never added.
        var value = wasQuoted ? field.ToString() : field.ToString().Trim();
        field.Clear();
        return value;
    }

    private static void EndRecord(List<CsvRecord> records, List<string> fields, string lastField, bool lastWasQuoted, int lineNumber)
    {
        fields.Add(lastField);
        var isBlankLine = fields.Count == 1 && lastField.Length == 0 && !lastWasQuoted;
        if (!isBlankLine)
        {
            records.Add(new CsvRecord(lineNumber, [.. fields]));
        }

        fields.Clear();
    }
}

using System.Globalization;
using System.Text;

namespace UserService.Server.Text;

/// <summary>
/// Makes a client's value safe to put in a status message or a log line: at most
/// <see cref="MaxEchoLength"/> characters, control characters escaped. A status message travels in
/// the grpc-message trailer; an echoed 100,000-character value made that trailer larger than some
/// clients accept, and they then reported a transport failure instead of the status.
/// </summary>
public static class SafeText
{
    /// <summary>The most characters of a client's value that are echoed back.</summary>
    public const int MaxEchoLength = 40;

    /// <summary>
    /// Returns the value in single quotes, shortened and escaped, for example <c>'abc'</c>,
    /// <c>'a\u001B[31m'</c> or <c>'xxxx…' (100000 characters)</c>.
    /// </summary>
    /// <param name="value">The client's value.</param>
    public static string Quote(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var length = value.Length > MaxEchoLength && char.IsHighSurrogate(value[MaxEchoLength - 1]) ? MaxEchoLength - 1 : MaxEchoLength;
        var shown = value.Length > length ? value[..length] : value;
        var quoted = $"'{Escape(shown)}{(shown.Length < value.Length ? "…" : "")}'";
        return shown.Length < value.Length
            ? $"{quoted} ({value.Length.ToString(CultureInfo.InvariantCulture)} characters)"
            : quoted;
    }

    /// <summary>Replaces every control character with its <c>\uXXXX</c> escape.</summary>
    /// <param name="value">The text to escape.</param>
    public static string Escape(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!value.Any(char.IsControl))
        {
            return value;
        }

        var builder = new StringBuilder(value.Length + 16);
        foreach (var character in value)
        {
            if (char.IsControl(character))
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)character:X4}");
            }
            else
            {
                builder.Append(character);
            }
        }

        return builder.ToString();
    }

    /// <summary>True if the text holds a control character (a terminal escape, a newline, a NUL, ...).</summary>
    /// <param name="value">The text to check.</param>
    public static bool HasControlCharacter(string value) => value.Any(char.IsControl);
}

using System.Globalization;
using System.Text;

namespace UserService.Client.Output;

/// <summary>Keeps terminal control characters (escape sequences, carriage returns, ...) out of what the client prints and sends.</summary>
internal static class ConsoleText
{
    /// <summary>True if the text holds a control character.</summary>
    public static bool HasControlCharacter(string text) => text.Any(char.IsControl);

    /// <summary>Replaces every control character with its <c>\uXXXX</c> escape, e.g. ESC becomes <c>\u001B</c>.</summary>
    public static string Escape(string text)
    {
        if (!HasControlCharacter(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var character in text)
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
}

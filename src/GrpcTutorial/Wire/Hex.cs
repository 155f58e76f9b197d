using System.Globalization;
using System.Text;

namespace GrpcTutorial.Wire;

/// <summary>Formats bytes as upper-case hex pairs (<c>08 B9 60</c>) and parses such text back.</summary>
/// <example>
/// <code>
/// byte[] bytes = Hex.Parse("08 96 01");
/// Console.WriteLine(Hex.Format(bytes));   // 08 96 01
/// </code>
/// </example>
public static class Hex
{
    /// <summary>Formats bytes as upper-case hex pairs separated by single spaces, e.g. <c>08 B9 60 12</c>.</summary>
    /// <param name="bytes">The bytes to format.</param>
    /// <returns>The hex text; empty for no bytes.</returns>
    public static string Format(ReadOnlySpan<byte> bytes)
    {
        var text = new StringBuilder(bytes.Length * 3);
        for (var i = 0; i < bytes.Length; i++)
        {
            if (i > 0)
            {
                text.Append(' ');
            }

            text.Append(bytes[i].ToString("X2", CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }

    /// <summary>
    /// Parses hex text such as <c>"08 96 01"</c> or <c>"089601"</c>. Whitespace, commas, dashes and
    /// <c>0x</c> prefixes are ignored; every byte needs exactly two hex digits.
    /// </summary>
    /// <param name="text">The hex text.</param>
    /// <returns>The bytes.</returns>
    /// <exception cref="FormatException">The text contains something other than hex digits and separators, or an odd number of digits.</exception>
    public static byte[] Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var cleaned = text.Replace("0x", " ", StringComparison.OrdinalIgnoreCase);
        var digits = new StringBuilder(cleaned.Length);
        foreach (var c in cleaned)
        {
            if (char.IsAsciiHexDigit(c))
            {
                digits.Append(c);
            }
            else if (!char.IsWhiteSpace(c) && c != ',' && c != '-')
            {
                throw new FormatException($"'{c}' is not a hex digit.");
            }
        }

        if (digits.Length % 2 != 0)
        {
            throw new FormatException($"Hex text has {digits.Length} digits; every byte needs two.");
        }

        return Convert.FromHexString(digits.ToString());
    }
}

using System.Globalization;
using System.Text;

namespace GrpcTutorial.Wire;

/// <summary>
/// Base-128 varints, the encoding protobuf uses for tags, lengths and integer fields: seven bits
/// per byte, least significant group first, and the top bit (the continuation bit) set on every
/// byte except the last.
/// </summary>
/// <example>
/// <code>
/// byte[] bytes = Varint.Encode(150);            // 96 01
/// Console.WriteLine(Varint.Explain(bytes));     // how the 7-bit groups add up to 150
/// </code>
/// </example>
public static class Varint
{
    /// <summary>The longest a varint may be: ten bytes hold 64 bits (9 x 7 = 63, plus one).</summary>
    public const int MaxLength = 10;

    /// <summary>Encodes an unsigned 64-bit value as a varint, e.g. 150 becomes <c>96 01</c>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The one to ten bytes of the varint.</returns>
    public static byte[] Encode(ulong value)
    {
        var bytes = new List<byte>(MaxLength);
        while (value >= 0x80)
        {
            bytes.Add((byte)((value & 0x7F) | 0x80));
            value >>= 7;
        }

        bytes.Add((byte)value);
        return [.. bytes];
    }

    /// <summary>
    /// Shows how a varint's bytes assemble into its value, e.g. for <c>96 01</c>:
    /// <c>96 01 -> 0010110 + 0000001&lt;&lt;7 = 150</c>. Each 7-bit group is written most significant bit first,
    /// shifted by its position (little-endian: the first byte holds the lowest bits).
    /// </summary>
    /// <param name="bytes">The bytes of one complete varint.</param>
    /// <returns>The assembly steps.</returns>
    public static string Explain(ReadOnlySpan<byte> bytes)
    {
        var text = new StringBuilder();
        text.Append(Hex.Format(bytes)).Append(" -> ");
        ulong value = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            var group = (byte)(bytes[i] & 0x7F);
            if (i > 0)
            {
                text.Append(" + ");
            }

            text.Append(Convert.ToString(group, 2).PadLeft(7, '0'));
            if (i > 0)
            {
                text.Append("<<").Append((i * 7).ToString(CultureInfo.InvariantCulture));
            }

            if (i < 10)
            {
                value |= (ulong)group << (i * 7);
            }
        }

        text.Append(" = ").Append(value.ToString(CultureInfo.InvariantCulture));
        return text.ToString();
    }

    /// <summary>
    /// Describes each byte's continuation bit and 7-bit group, e.g. for <c>96 01</c>:
    /// <c>96 = 1|0010110 (more follows), 01 = 0|0000001 (last)</c>.
    /// </summary>
    /// <param name="bytes">The bytes of one varint.</param>
    /// <returns>One description per byte, comma separated.</returns>
    public static string DescribeBytes(ReadOnlySpan<byte> bytes)
    {
        var parts = new List<string>(bytes.Length);
        foreach (var b in bytes)
        {
            var more = (b & 0x80) != 0;
            var bits = Convert.ToString(b & 0x7F, 2).PadLeft(7, '0');
            parts.Add($"{b:X2} = {(more ? 1 : 0)}|{bits} ({(more ? "more follows" : "last")})");
        }

        return string.Join(", ", parts);
    }
}

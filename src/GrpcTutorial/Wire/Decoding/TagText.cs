using System.Globalization;

namespace GrpcTutorial.Wire.Decoding;

/// <summary>Explains a tag: <c>0x08 = (1 &lt;&lt; 3) | 0</c>, with the varint steps when the tag takes more than one byte.</summary>
internal static class TagText
{
    public static string Explain(byte[] buffer, WireTag tag)
    {
        var parts = $"({tag.FieldNumber.ToString(CultureInfo.InvariantCulture)} << 3) | {(int)tag.WireType}";
        if (tag.Length == 1)
        {
            return $"0x{tag.Value:X2} = {parts}";
        }

        return $"{Varint.Explain(buffer.AsSpan(tag.Offset, tag.Length))} = {parts}";
    }
}

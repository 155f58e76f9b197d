using GrpcTutorial.Wire;

namespace GrpcTutorial.Tests.Wire;

/// <summary>Builds wire-format bytes by hand, for inputs the generated code cannot produce.</summary>
internal static class WireBytes
{
    public static byte[] Tag(int fieldNumber, WireType wireType) =>
        Varint.Encode(((ulong)fieldNumber << 3) | (ulong)wireType);

    public static byte[] VarintField(int fieldNumber, ulong value) =>
        [.. Tag(fieldNumber, WireType.Varint), .. Varint.Encode(value)];

    public static byte[] LenField(int fieldNumber, byte[] body) =>
        [.. Tag(fieldNumber, WireType.Len), .. Varint.Encode((ulong)body.Length), .. body];

    /// <summary>A field 1 inside a field 1 inside ... <paramref name="levels"/> times, around <paramref name="innermost"/>.</summary>
    public static byte[] NestedLen(int levels, byte[] innermost)
    {
        var content = innermost;
        for (var i = 0; i < levels; i++)
        {
            content = LenField(1, content);
        }

        return content;
    }

    /// <summary>The offset of the tag at nesting level <paramref name="level"/> (0 = outermost) in a <see cref="NestedLen"/> buffer.</summary>
    public static int NestedTagOffset(byte[] buffer, int level)
    {
        var offset = 0;
        for (var i = 0; i < level; i++)
        {
            offset++;
            while ((buffer[offset] & 0x80) != 0)
            {
                offset++;
            }

            offset++;
        }

        return offset;
    }
}

namespace GrpcTutorial.Wire;

/// <summary>
/// ZigZag encoding, used by sint32 and sint64: it maps signed integers to unsigned ones so that
/// numbers close to zero stay small (0 -> 0, -1 -> 1, 1 -> 2, -2 -> 3, ...) and take few varint bytes.
/// </summary>
/// <example>
/// <code>
/// uint encoded = ZigZag.Encode32(-2);   // 3
/// int decoded = ZigZag.Decode32(encoded);   // -2
/// </code>
/// </example>
public static class ZigZag
{
    /// <summary>Encodes a 32-bit signed value: <c>(n &lt;&lt; 1) ^ (n &gt;&gt; 31)</c>.</summary>
    /// <param name="value">The signed value.</param>
    /// <returns>The unsigned value written as a varint.</returns>
    public static uint Encode32(int value) => (uint)((value << 1) ^ (value >> 31));

    /// <summary>Decodes a 32-bit value: <c>(n &gt;&gt;&gt; 1) ^ -(n &amp; 1)</c>.</summary>
    /// <param name="value">The unsigned value read from the varint.</param>
    /// <returns>The signed value.</returns>
    public static int Decode32(uint value) => (int)(value >> 1) ^ -(int)(value & 1);

    /// <summary>Encodes a 64-bit signed value: <c>(n &lt;&lt; 1) ^ (n &gt;&gt; 63)</c>.</summary>
    /// <param name="value">The signed value.</param>
    /// <returns>The unsigned value written as a varint.</returns>
    public static ulong Encode64(long value) => (ulong)((value << 1) ^ (value >> 63));

    /// <summary>Decodes a 64-bit value: <c>(n &gt;&gt;&gt; 1) ^ -(n &amp; 1)</c>.</summary>
    /// <param name="value">The unsigned value read from the varint.</param>
    /// <returns>The signed value.</returns>
    public static long Decode64(ulong value) => (long)(value >> 1) ^ -(long)(value & 1);
}

namespace GrpcTutorial.Wire.Decoding;

/// <summary>A tag as read from the buffer: where it is, its raw value and the two parts it packs.</summary>
/// <param name="Offset">The offset of the tag's first byte.</param>
/// <param name="Length">How many bytes the tag's varint takes.</param>
/// <param name="Value">The tag's value, <c>(field_number &lt;&lt; 3) | wire_type</c>.</param>
internal readonly record struct WireTag(int Offset, int Length, uint Value)
{
    /// <summary>The field number: the tag shifted right by three bits.</summary>
    public int FieldNumber => (int)(Value >> 3);

    /// <summary>The wire type: the tag's low three bits.</summary>
    public WireType WireType => (WireType)(Value & 7);
}

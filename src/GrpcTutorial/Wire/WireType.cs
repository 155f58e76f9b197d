namespace GrpcTutorial.Wire;

/// <summary>
/// The six wire types of the protobuf encoding, with the names the encoding guide uses.
/// The wire type is the low three bits of every tag: <c>tag = (field_number &lt;&lt; 3) | wire_type</c>.
/// </summary>
/// <example>
/// <code>
/// var tag = (1 &lt;&lt; 3) | (int)WireType.Varint;   // 0x08: field 1, VARINT
/// Console.WriteLine(WireTypeNames.Of(WireType.Len));   // LEN
/// </code>
/// </example>
public enum WireType
{
    /// <summary>0: a base-128 varint (int32, int64, uint32, uint64, sint32, sint64, bool, enum).</summary>
    Varint = 0,

    /// <summary>1: eight little-endian bytes (fixed64, sfixed64, double).</summary>
    I64 = 1,

    /// <summary>2: a varint length followed by that many bytes (string, bytes, messages, packed repeated fields).</summary>
    Len = 2,

    /// <summary>3: the start of a group (deprecated proto2 feature).</summary>
    SGroup = 3,

    /// <summary>4: the end of a group (deprecated proto2 feature).</summary>
    EGroup = 4,

    /// <summary>5: four little-endian bytes (fixed32, sfixed32, float).</summary>
    I32 = 5,
}

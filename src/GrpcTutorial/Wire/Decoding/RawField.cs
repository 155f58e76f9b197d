namespace GrpcTutorial.Wire.Decoding;

/// <summary>
/// One field as protoc's <c>--decode_raw</c> sees it: a number, a wire type and an undecoded value.
/// </summary>
internal sealed class RawField
{
    public required WireTag Tag { get; init; }

    /// <summary>The value of a VARINT field, or the bits of an I32 or I64 field.</summary>
    public ulong Number { get; init; }

    /// <summary>Where the body of a LEN field starts.</summary>
    public int BodyOffset { get; init; }

    /// <summary>How many bytes the body of a LEN field has.</summary>
    public int BodyLength { get; init; }

    /// <summary>The fields inside a group (wire type SGROUP).</summary>
    public IReadOnlyList<RawField> GroupFields { get; init; } = [];
}

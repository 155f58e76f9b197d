namespace GrpcTutorial.Wire;

/// <summary>The names of the wire types as the protobuf encoding guide writes them.</summary>
/// <example>
/// <code>
/// Console.WriteLine(WireTypeNames.Of(WireType.I32));   // I32
/// </code>
/// </example>
public static class WireTypeNames
{
    /// <summary>Returns the guide's name of a wire type: VARINT, I64, LEN, SGROUP, EGROUP or I32.</summary>
    /// <param name="wireType">The wire type.</param>
    /// <returns>The upper-case name.</returns>
    public static string Of(WireType wireType) => wireType switch
    {
        WireType.Varint => "VARINT",
        WireType.I64 => "I64",
        WireType.Len => "LEN",
        WireType.SGroup => "SGROUP",
        WireType.EGroup => "EGROUP",
        WireType.I32 => "I32",
        _ => $"INVALID({(int)wireType})",
    };
}

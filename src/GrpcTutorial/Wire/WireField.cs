namespace GrpcTutorial.Wire;

/// <summary>
/// One decoded field (or packed element, or group end) with the bytes it occupies and an explanation
/// of how they decode. Offsets are always from the start of the whole buffer, also inside nested messages.
/// </summary>
/// <example>
/// <code>
/// foreach (WireField field in WireInspector.Inspect(SampleUsers.JohnDoe).Fields)
///     Console.WriteLine($"field {field.FieldNumber} {field.Name} at offset {field.Offset}: {field.Value}");
/// </code>
/// </example>
public sealed class WireField
{
    internal WireField()
    {
    }

    /// <summary>Whether this is a field, an element of a packed field or the end of a group.</summary>
    public WireFieldKind Kind { get; internal init; }

    /// <summary>The offset of the field's first byte (its tag; for a packed element, its value).</summary>
    public int Offset { get; internal init; }

    /// <summary>How many bytes the field occupies in total: tag, length prefix and value.</summary>
    public int Length { get; internal init; }

    /// <summary>The bytes of the tag (empty for a packed element).</summary>
    public ReadOnlyMemory<byte> TagBytes { get; internal init; }

    /// <summary>The tag arithmetic, e.g. <c>0x08 = (1 &lt;&lt; 3) | 0</c> (empty for a packed element).</summary>
    public string TagExplanation { get; internal init; } = "";

    /// <summary>The field number from the tag.</summary>
    public int FieldNumber { get; internal init; }

    /// <summary>The wire type from the tag (for a packed element, the wire type its values would have alone).</summary>
    public WireType WireType { get; internal init; }

    /// <summary>The wire type as the encoding guide names it: VARINT, I64, LEN, SGROUP, EGROUP or I32.</summary>
    public string WireTypeName => WireTypeNames.Of(WireType);

    /// <summary>The field's name from the descriptor; null without a descriptor or for an unknown field.</summary>
    public string? Name { get; internal init; }

    /// <summary>The declared type, e.g. <c>int32</c>, <c>repeated sint64</c>, <c>map&lt;string, int32&gt;</c>; null without a descriptor.</summary>
    public string? TypeName { get; internal init; }

    /// <summary>
    /// True when a descriptor was given but does not declare this field number (or declares it with a
    /// different wire type): a parser would keep the bytes as an unknown field.
    /// </summary>
    public bool IsUnknown { get; internal init; }

    /// <summary>The bytes of the length prefix of a LEN field; empty for other wire types.</summary>
    public ReadOnlyMemory<byte> LengthBytes { get; internal init; }

    /// <summary>The offset of the value: after the tag and, for LEN, after the length prefix.</summary>
    public int ValueOffset { get; internal init; }

    /// <summary>The bytes of the value (for LEN, the body without the length prefix).</summary>
    public ReadOnlyMemory<byte> ValueBytes { get; internal init; }

    /// <summary>The decoded value as text, e.g. <c>150</c>, <c>"testing"</c>, <c>COLOR_RED = 1</c>, <c>[3, 270, 86942]</c>.</summary>
    public string Value { get; internal init; } = "";

    /// <summary>
    /// The decoded value as a .NET object (int, long, uint, ulong, float, double, bool, string, byte[];
    /// an enum as its int number; a packed field as an array of its elements' values), or null for
    /// messages and groups. Without a schema: ulong for VARINT, uint for I32, ulong for I64.
    /// </summary>
    public object? DecodedValue { get; internal init; }

    /// <summary>How the bytes become the value, e.g. <c>96 01 -&gt; 0010110 + 0000001&lt;&lt;7 = 150</c>.</summary>
    public string Explanation { get; internal init; } = "";

    /// <summary>The fields of a nested message or group, or the elements of a packed field.</summary>
    public IReadOnlyList<WireField> Children { get; internal init; } = [];

    /// <inheritdoc />
    public override string ToString()
    {
        var name = Name is null ? "" : $" {Name}";
        return $"@{Offset} field {FieldNumber}{name} {WireTypeName}: {Value}";
    }
}

using Google.Protobuf.Reflection;

namespace GrpcTutorial.Wire.Decoding;

/// <summary>What the descriptor says about a field's type: its .proto spelling and the wire type it uses.</summary>
internal static class DeclaredTypes
{
    /// <summary>The type as written in a .proto file, e.g. <c>repeated sint32</c> or <c>map&lt;string, int32&gt;</c>.</summary>
    public static string NameOf(FieldDescriptor field)
    {
        if (field.IsMap)
        {
            var key = field.MessageType.FindFieldByNumber(1);
            var value = field.MessageType.FindFieldByNumber(2);
            return $"map<{ScalarName(key)}, {ScalarName(value)}>";
        }

        return field.IsRepeated ? $"repeated {ScalarName(field)}" : ScalarName(field);
    }

    /// <summary>The type of one value of the field, without <c>repeated</c>.</summary>
    public static string ScalarName(FieldDescriptor field) => field.FieldType switch
    {
        FieldType.Message => field.MessageType.Name,
        FieldType.Group => $"group {field.MessageType.Name}",
        FieldType.Enum => field.EnumType.Name,
        _ => field.FieldType.ToString().ToLowerInvariant(),
    };

    /// <summary>The wire type one value of this field is written with.</summary>
    public static WireType WireTypeOf(FieldType type) => type switch
    {
        FieldType.Double or FieldType.Fixed64 or FieldType.SFixed64 => WireType.I64,
        FieldType.Float or FieldType.Fixed32 or FieldType.SFixed32 => WireType.I32,
        FieldType.String or FieldType.Bytes or FieldType.Message => WireType.Len,
        FieldType.Group => WireType.SGroup,
        _ => WireType.Varint,
    };

    /// <summary>True for repeated numeric fields, which may be written packed (one LEN field holding all values).</summary>
    public static bool IsPackable(FieldDescriptor field) =>
        field.IsRepeated && WireTypeOf(field.FieldType) is WireType.Varint or WireType.I32 or WireType.I64;
}

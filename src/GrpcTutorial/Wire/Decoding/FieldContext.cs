using Google.Protobuf.Reflection;

namespace GrpcTutorial.Wire.Decoding;

/// <summary>What the schema says about the field being decoded: nothing, an unknown number, or a declared field.</summary>
/// <param name="Message">The descriptor of the enclosing message, or null when decoding without a schema.</param>
/// <param name="Field">The declared field with this number, or null.</param>
internal readonly record struct FieldContext(MessageDescriptor? Message, FieldDescriptor? Field)
{
    /// <summary>The declared type, "unknown" for a number the message lacks, or null without a schema.</summary>
    public string? TypeName => Field is not null
        ? DeclaredTypes.NameOf(Field)
        : Message is null ? null : "unknown";

    /// <summary>The declared field if its type is written with this tag's wire type (packed fields aside); otherwise null.</summary>
    public FieldDescriptor? Typed(WireTag tag) =>
        Field is not null && DeclaredTypes.WireTypeOf(Field.FieldType) == tag.WireType ? Field : null;

    /// <summary>True when a schema is known but does not let a parser read this field as declared.</summary>
    public bool IsUnknown(WireTag tag) => Message is not null && Typed(tag) is null && !IsPacked(tag);

    /// <summary>True when the tag is the LEN form of a packable repeated field.</summary>
    public bool IsPacked(WireTag tag) =>
        Field is not null && tag.WireType == WireType.Len && DeclaredTypes.IsPackable(Field);

    /// <summary>A note to put before the explanation of an unknown field or one whose wire type contradicts the declared type.</summary>
    public string Note(WireTag tag)
    {
        if (Field is null)
        {
            return Message is null ? "" : $"unknown field: {Message.Name} declares no field {tag.FieldNumber}, so it is decoded raw (a parser keeps its bytes); ";
        }

        if (Typed(tag) is not null || IsPacked(tag))
        {
            return "";
        }

        var expected = WireTypeNames.Of(DeclaredTypes.WireTypeOf(Field.FieldType));
        return $"wire type {WireTypeNames.Of(tag.WireType)} does not match the declared {DeclaredTypes.ScalarName(Field)} ({expected}): a parser keeps it as an unknown field; ";
    }
}
